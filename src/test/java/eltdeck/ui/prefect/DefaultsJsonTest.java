package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowParameter;
import eltdeck.prefect.ParameterText;
import eltdeck.prefect.Schedule;
import eltdeck.prefect.ScheduleClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Default parameters as JSON text and parameter values as typed in the forms. */
class DefaultsJsonTest {
    private static final Flow FLOW = new Flow("f", "g", "v", "all-etl", 1, "elt", List.of(),
            Schedule.utc(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of()))), true, true,
            List.of(new FlowParameter("env", true, null), new FlowParameter("batch", false, 500)), Map.of("env", "prod"),
            List.of(), null);

    @Test
    void jsonIsReadBackAndCheckedAgainstTheDeclaredParameters() {
        assertThat(DefaultsJson.check(DefaultsJson.text(FLOW.defaultParameters()), FLOW))
                .isEqualTo(new DefaultsJson.Checked(Map.of("env", "prod"), List.of(), List.of()));
        DefaultsJson.Checked unknown = DefaultsJson.check("{\"env\": \"dev\", \"target\": 1}", FLOW);
        assertThat(unknown.problems()).containsExactly("The flow has no parameter 'target'; it declares env, batch.");
        DefaultsJson.Checked broken = DefaultsJson.check("{\"env\": ", FLOW);
        assertThat(broken.problems()).singleElement().asString().startsWith("Not a JSON object (line 1, column");
        DefaultsJson.Checked withoutEnv = DefaultsJson.check("{}", FLOW);
        assertThat(withoutEnv.problems()).isEmpty();
        assertThat(withoutEnv.warnings()).singleElement().asString().contains("will not switch its schedule on");
    }

    @Test
    void formValuesAreJsonWhenTheyReadAsJsonElseText() {
        assertThat(ParameterText.parse("42")).isEqualTo(42);
        assertThat(ParameterText.parse("[\"a\"]")).isEqualTo(List.of("a"));
        assertThat(ParameterText.parse("prod")).isEqualTo("prod");
        assertThat(ParameterText.format("prod")).isEqualTo("prod");
        assertThat(ParameterText.format("42")).isEqualTo("\"42\"");
        assertThat(ParameterText.parse(ParameterText.format("42"))).isEqualTo("42");
        assertThat(ParameterText.format(Map.of("k", 1))).isEqualTo("{\"k\":1}");

        ParameterFields run = ParameterFields.withDefaults(FLOW);
        assertThat(run.values()).isEqualTo(Map.of("env", "prod", "batch", 500));
        ParameterFields clock = ParameterFields.blank(FLOW, Map.of("batch", 10));
        assertThat(clock.values()).isEqualTo(Map.of("batch", 10));
        assertThat(clock.fields().get(0).defaultText()).isEqualTo("prod");
        assertThat(clock.missingRequired(Map.of())).containsExactly("env");
        assertThat(clock.missingRequired(FLOW.defaultParameters())).isEmpty();
    }
}
