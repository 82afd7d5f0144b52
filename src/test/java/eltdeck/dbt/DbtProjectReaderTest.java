package eltdeck.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DbtProjectReaderTest {
    private static final String ORDERS = "models/staging/shop/stg_shop__orders.sql";
    private static final String FCT = "models/marts/core/fct_orders.sql";

    private final ProjectFiles reference = ProjectDirectory.reference();

    @Test
    void theReferenceProjectReadsWithoutFindingsEveryModelDescribedAndTested() {
        DbtProject project = DbtProjectReader.read(reference);

        assertThat(project.name()).isEqualTo("elt_demo");
        assertThat(project.config().profile()).isEqualTo("elt_demo");
        assertThat(project.ofType(NodeType.MODEL)).extracting(DbtNode::name, DbtNode::materialized).containsExactlyInAnyOrder(
                tuple("stg_shop__customers", "view"), tuple("stg_shop__orders", "view"), tuple("stg_shop__payments", "view"),
                tuple("fct_orders", "table"), tuple("dim_customers", "table"));
        assertThat(ProjectChecks.check(project)).isEmpty();
        for (DbtNode model : project.ofType(NodeType.MODEL)) {
            assertThat(model.description()).as(model.name()).isNotEmpty();
            assertThat(project.testsOf(model.uniqueId())).as(model.name()).isNotEmpty();
        }
        assertThat(project.node("model.elt_demo.fct_orders").orElseThrow().dependsOn())
                .containsExactly("model.elt_demo.stg_shop__orders", "model.elt_demo.stg_shop__payments");
        assertThat(project.node("model.elt_demo.stg_shop__orders").orElseThrow().tags()).contains("staging");
    }

    @Test
    void sourcesCarryLoaderLoadedAtFieldAndFreshnessWithTableOverrides() {
        DbtProject project = DbtProjectReader.read(reference);

        DbtNode.SourceInfo customers = project.node("source.elt_demo.shop.customers").orElseThrow().source();
        assertThat(customers.loader()).isEqualTo("airbyte");
        assertThat(customers.loadedAtField()).isEqualTo("_airbyte_emitted_at");
        assertThat(customers.freshness()).hasToString("warn after 26 hours, error after 50 hours");
        assertThat(project.node("source.elt_demo.shop.payments").orElseThrow().source().freshness())
                .hasToString("warn after 50 hours, error after 74 hours");
        assertThat(project.testsOf("source.elt_demo.shop.orders")).extracting(DbtNode::name)
                .contains("source_unique_shop_orders__airbyte_ab_id", "source_not_null_shop_orders__airbyte_ab_id");
    }

    @Test
    void genericTestsAreNamedAsDbtNamesThemAndKnowWhatTheyCheck() {
        DbtProject project = DbtProjectReader.read(reference);

        DbtNode relationship = project.node("test.elt_demo.relationships_stg_shop__orders_customer_id__customer_id__ref_stg_shop__customers_")
                .orElseThrow();
        assertThat(relationship.test().kind()).isEqualTo("relationships");
        assertThat(relationship.test().column()).isEqualTo("customer_id");
        assertThat(relationship.dependsOn()).containsExactly("model.elt_demo.stg_shop__orders", "model.elt_demo.stg_shop__customers");
        assertThat(project.node("test.elt_demo.accepted_values_stg_shop__orders_status__placed__shipped__completed__return_pending__returned"))
                .get().extracting(n -> n.test().arguments()).isEqualTo("values: [placed,shipped,completed,return_pending,returned]");
        assertThat(project.node("test.elt_demo.dbt_utils_accepted_range_fct_orders_amount__0")).isPresent();
        DbtNode singular = project.node("test.elt_demo.assert_order_amounts_match_payments").orElseThrow();
        assertThat(singular.test().singular()).isTrue();
        assertThat(singular.dependsOn()).containsExactlyInAnyOrder("model.elt_demo.fct_orders",
                "model.elt_demo.stg_shop__payments", "model.elt_demo.stg_shop__orders");
    }

    @Test
    void refsInEveryFormAreFoundAndJinjaCommentsIgnored() {
        SqlScan scan = SqlScan.of("""
                {{ config(materialized="incremental", tags=['hourly', "core"]) }}
                {# select * from {{ ref('commented_out') }} #}
                select * from {{ ref('a') }} join {{ ref("b") }} join {{ ref('pkg', 'c') }}
                join {{ ref('d', v=2) }} join {{ ref('e', version=3) }} join {{ source('raw', 'events') }}
                """);
        assertThat(scan.refs()).containsExactly(new SqlScan.Ref(null, "a"), new SqlScan.Ref(null, "b"),
                new SqlScan.Ref("pkg", "c"), new SqlScan.Ref(null, "d"), new SqlScan.Ref(null, "e"));
        assertThat(scan.sources()).containsExactly(new SqlScan.SourceRef("raw", "events"));
        assertThat(scan.materialized()).contains("incremental");
        assertThat(scan.tags()).containsExactly("hourly", "core");
    }

    @Test
    void aDanglingRefIsAnErrorNamingTheFileAndTheClosestModel() {
        ProjectFiles broken = reference.with(FCT, reference.get(FCT).orElseThrow().replace("ref('stg_shop__orders')", "ref('stg_shop__order')"));

        assertThat(errors(broken)).containsExactly(FCT + ": ref('stg_shop__order') does not resolve to a model of elt_demo."
                + " Did you mean 'stg_shop__orders'?");
    }

    @Test
    void aCycleIsAnErrorThatNamesItsPath() {
        ProjectFiles broken = reference.with(ORDERS, reference.get(ORDERS).orElseThrow() + "\n-- {{ ref('fct_orders') }}\n");

        assertThat(errors(broken)).containsExactly(FCT + ": These nodes depend on each other in a cycle:"
                + " fct_orders -> stg_shop__orders -> fct_orders. dbt cannot order them; remove one of the ref() calls.");
    }

    @Test
    void anUndeclaredSourceTableIsAnErrorListingTheDeclaredOnes() {
        ProjectFiles broken = reference.with(ORDERS, reference.get(ORDERS).orElseThrow().replace("source('shop', 'orders')",
                "source('shop', 'refunds')"));

        assertThat(errors(broken)).containsExactly(ORDERS + ": source('shop', 'refunds') is not a declared source table."
                + " Declare table 'refunds' under source 'shop' in a schema .yml file (declared: shop.customers, shop.orders,"
                + " shop.payments).");
    }

    @Test
    void anUndocumentedOrUntestedModelIsAWarning() {
        ProjectFiles broken = reference.with("models/marts/core/fct_refunds.sql", "select * from {{ ref('fct_orders') }}\n");

        List<Finding> findings = ProjectChecks.check(DbtProjectReader.read(broken));
        assertThat(findings).extracting(Finding::severity).containsOnly(Finding.Severity.WARNING);
        assertThat(findings).extracting(Finding::toString).containsExactly(
                "warning  models/marts/core/fct_refunds.sql: Model fct_refunds has no description. Add 'description:' to"
                        + " its entry under 'models:' in a schema .yml file.",
                "warning  models/marts/core/fct_refunds.sql: Model fct_refunds has no test. Add at least one (e.g."
                        + " 'data_tests: [unique, not_null]' on its key column) in a schema .yml file.");
    }

    @Test
    void dataTestsAndTestsBothCountAndTheNewArgumentsKeyIsRead() {
        ProjectFiles files = reference.with("models/marts/core/fct_refunds.sql", "select * from {{ ref('fct_orders') }}\n")
                .with("models/marts/core/_refunds.yml", """
                        version: 2
                        models:
                          - name: fct_refunds
                            description: Refunds.
                            columns:
                              - name: kind
                                data_tests:
                                  - accepted_values:
                                      arguments:
                                        values: [full, partial]
                                      config:
                                        severity: warn
                        """);
        DbtProject project = DbtProjectReader.read(files);

        assertThat(ProjectChecks.check(project)).isEmpty();
        assertThat(project.testsOf("model.elt_demo.fct_refunds")).extracting(DbtNode::name)
                .containsExactly("accepted_values_fct_refunds_kind__full__partial");
    }

    @Test
    void aPackageRefResolvesOnlyWhenThePackageIsInstalled() {
        ProjectFiles files = reference.with(FCT, reference.get(FCT).orElseThrow() + "\n-- {{ ref('dbt_utils', 'date_spine_model') }}\n");

        assertThat(errors(files)).singleElement().asString().contains("names package 'dbt_utils'", "run 'dbt deps'");
        ProjectFiles installed = new ProjectFiles(files.files(), List.of("dbt_packages/dbt_utils/models/date_spine_model.sql"), true);
        assertThat(errors(installed)).isEmpty();
    }

    @Test
    void aSchemaFileThatIsNotYamlIsAnErrorAndTheRestStillReads() {
        ProjectFiles broken = reference.with("models/marts/core/_core__models.yml", "models:\n  - name: [unclosed\n");

        DbtProject project = DbtProjectReader.read(broken);
        assertThat(errors(broken)).singleElement().asString().startsWith("models/marts/core/_core__models.yml: "
                + "models/marts/core/_core__models.yml is not valid YAML");
        assertThat(project.ofType(NodeType.MODEL)).hasSize(5);
    }

    @Test
    void anEntryForAModelWithoutSqlIsAWarningAndSeedsResolveRefs() {
        ProjectFiles files = new ProjectFiles(reference.with("models/marts/core/_extra.yml",
                "version: 2\nmodels:\n  - name: fct_refunds\n    description: Refunds.\n").with(FCT,
                reference.get(FCT).orElseThrow() + "\n-- {{ ref('countries') }}\n").files(), List.of("seeds/countries.csv"), false);

        List<Finding> findings = ProjectChecks.check(DbtProjectReader.read(files));
        assertThat(findings).extracting(Finding::toString).containsExactly("warning  models/marts/core/_extra.yml: describes"
                + " model 'fct_refunds', but no model of that name has a SQL file under models. Rename the entry or add"
                + " fct_refunds.sql.");
        assertThat(DbtProjectReader.read(files).node("model.elt_demo.fct_orders").orElseThrow().dependsOn())
                .contains("seed.elt_demo.countries");
    }

    @Test
    void theGraphOrdersAndLayersModelsFromSourcesToMarts() {
        DbtGraph graph = DbtGraph.of(DbtProjectReader.read(reference), false);

        List<String> order = graph.topologicalOrder();
        assertThat(order).hasSize(graph.nodes().size());
        assertThat(order.indexOf("model.elt_demo.stg_shop__orders")).isLessThan(order.indexOf("model.elt_demo.fct_orders"));
        assertThat(graph.layers()).containsEntry("source.elt_demo.shop.orders", 0)
                .containsEntry("model.elt_demo.stg_shop__orders", 1).containsEntry("model.elt_demo.fct_orders", 2)
                .containsEntry("model.elt_demo.dim_customers", 3);
        assertThat(graph.edges()).contains(new DbtGraph.Edge("model.elt_demo.fct_orders", "model.elt_demo.dim_customers"));
        assertThat(graph.cycle()).isEmpty();
    }

    @Test
    void aManifestGivesTheEdgesDbtResolvedAndThePackagesModels() {
        String manifest = """
                {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json", "dbt_version": "1.8.7",
                  "project_name": "elt_demo", "a_field_of_a_later_version": true},
                 "nodes": {
                  "model.elt_demo.dim_customers": {"name": "dim_customers", "resource_type": "model", "package_name": "elt_demo",
                    "original_file_path": "models/marts/core/dim_customers.sql", "unique_id": "model.elt_demo.dim_customers",
                    "config": {"materialized": "incremental"}, "depends_on": {"macros": [], "nodes": ["model.elt_demo.stg_shop__customers"]}},
                  "model.dbt_utils.date_spine_model": {"name": "date_spine_model", "resource_type": "model", "package_name": "dbt_utils",
                    "unique_id": "model.dbt_utils.date_spine_model"},
                  "test.elt_demo.not_null_fct_orders_amount.1a2b3c4d5e": {"name": "not_null_fct_orders_amount", "resource_type": "test",
                    "package_name": "elt_demo", "unique_id": "test.elt_demo.not_null_fct_orders_amount.1a2b3c4d5e",
                    "attached_node": "model.elt_demo.fct_orders", "depends_on": {"nodes": ["model.elt_demo.fct_orders"]}}
                 },
                 "sources": {},
                 "parent_map": {"model.elt_demo.dim_customers": ["model.elt_demo.stg_shop__customers", "model.elt_demo.fct_orders"]}}
                """;
        DbtProject project = DbtProjectReader.read(reference.with(ProjectFiles.MANIFEST, manifest)
                .with(FCT, reference.get(FCT).orElseThrow() + "\n-- {{ ref('dbt_utils', 'date_spine_model') }}\n"));

        assertThat(project.fromManifest()).isTrue();
        DbtNode dim = project.node("model.elt_demo.dim_customers").orElseThrow();
        assertThat(dim.materialized()).isEqualTo("incremental");
        assertThat(dim.dependsOn()).containsExactly("model.elt_demo.stg_shop__customers", "model.elt_demo.fct_orders");
        assertThat(project.node("test.elt_demo.not_null_fct_orders_amount.1a2b3c4d5e")).isPresent();
        assertThat(ProjectChecks.check(project)).isEmpty();
    }

    @Test
    void withoutDbtProjectYmlTheReaderSaysWhereToLook() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DbtProjectReader.read(reference.with(ProjectFiles.PROJECT_FILE, null)))
                .hasMessageContaining("There is no dbt_project.yml in the dbt project directory");
    }

    private static List<String> errors(ProjectFiles files) {
        return ProjectChecks.check(DbtProjectReader.read(files)).stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                .map(f -> f.file() + ": " + f.message() + " " + f.fix()).toList();
    }
}
