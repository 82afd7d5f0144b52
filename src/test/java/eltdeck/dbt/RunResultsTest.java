package eltdeck.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunResultsTest {

    static String fixture(String name) {
        try (InputStream in = RunResultsTest.class.getResourceAsStream("/dbt-artifacts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsVersion5FromDbt17WithTheCommandFromWhich() {
        RunResults results = RunResults.parse(fixture("run_results_v5_build_ok.json"));

        assertThat(results.schemaVersion()).isEqualTo("v5");
        assertThat(results.knownVersion()).isTrue();
        assertThat(results.dbtVersion()).isEqualTo("1.7.17");
        assertThat(results.generatedAt()).isEqualTo(Instant.parse("2026-11-23T02:04:17.512344Z"));
        assertThat(results.command()).isEqualTo("dbt build");
        assertThat(results.results()).extracting(NodeResult::name, NodeResult::status, NodeResult::failures).containsExactly(
                tuple("stg_shop__customers", "success", null), tuple("unique_stg_shop__customers_customer_id", "pass", 0),
                tuple("not_null_stg_shop__customers_loaded_at", "warn", 2), tuple("dim_customers", "success", null));
        NodeResult first = results.results().get(0);
        assertThat(first.executionTime()).isEqualTo(1.3211);
        assertThat(first.timing()).extracting(NodeResult.Timing::name).containsExactly("compile", "execute");
        assertThat(results.forNode("test.elt_demo.not_null_stg_shop__customers_loaded_at")).get()
                .extracting(NodeResult::message).isEqualTo("Got 2 results, configured to warn if != 0");
        assertThat(results.summaryLine()).isEqualTo("PASS=3 WARN=1 ERROR=0 SKIP=0 TOTAL=4");
        assertThat(results.versionNote()).isEqualTo("run_results schema v5 (dbt 1.7.17)");
    }

    @Test
    void readsVersion6FromDbt18WithFailuresErrorsAndSkips() {
        RunResults results = RunResults.parse(fixture("run_results_v6_test_failed.json"));

        assertThat(results.schemaVersion()).isEqualTo("v6");
        assertThat(results.command()).isEqualTo("dbt build --select +fct_orders --profiles-dir /root/dbt");
        assertThat(results.results()).extracting(NodeResult::name, NodeResult::outcome).containsExactly(
                tuple("stg_shop__orders", NodeResult.Outcome.PASSED), tuple("not_null_stg_shop__orders_order_date", NodeResult.Outcome.FAILED),
                tuple("fct_orders", NodeResult.Outcome.SKIPPED), tuple("stg_shop__payments", NodeResult.Outcome.FAILED));
        assertThat(results.forNode("model.elt_demo.stg_shop__payments").orElseThrow().message())
                .startsWith("Database Error in model stg_shop__payments").contains("does not exist or not authorized");
        assertThat(results.forNode("model.elt_demo.fct_orders").orElseThrow().timing()).isEmpty();
        assertThat(results.summaryLine()).isEqualTo("PASS=1 WARN=0 ERROR=2 SKIP=1 TOTAL=4");
    }

    @Test
    void anUnknownVersionIsReadLenientlyAndSaysWhichItWas() {
        RunResults results = RunResults.parse(fixture("run_results_v6_test_failed.json").replace("run-results/v6.json", "run-results/v9.json"));

        assertThat(results.knownVersion()).isFalse();
        assertThat(results.results()).hasSize(4);
        assertThat(results.versionNote()).isEqualTo("run_results schema v9 (dbt 1.8.7): not a version this console knows"
                + " (v4, v5, v6); read leniently");
    }

    @Test
    void somethingElseIsRefusedWithAReason() {
        assertThatThrownBy(() -> RunResults.parse("{\"nodes\": {}}")).hasMessageContaining("has no 'results' list");
        assertThatThrownBy(() -> RunResults.parse("not json")).hasMessageContaining("is not valid JSON");
    }

    @Test
    void exitCodesAreExplained() {
        assertThat(DbtExitCode.explain(0)).contains("without error");
        assertThat(DbtExitCode.explain(1)).contains("at least one model or test failed");
        assertThat(DbtExitCode.explain(2)).contains("dbt itself failed");
        assertThat(DbtExitCode.explain(127)).contains("is dbt installed");
        assertThat(DbtExitCode.explain(143)).contains("signal 15");
    }
}
