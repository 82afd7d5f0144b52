package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eltdeck env check}: offline, so it runs without a profile database (the context is never opened). */
class EnvCommandTest {
    private static final String FINDING_LINE = ".+:\\d+: (ERROR|WARNING|INFO): [a-z-]+: .+";

    @TempDir
    Path dir;

    @Test
    void aGoodFileExitsZeroWithASummary() throws Exception {
        Path env = write(".env", "# Prefect\nPREFECT__SERVER__HOST=http://server\n");
        Path compose = write("docker-compose.yml", "services:\n  agent:\n    environment:\n      - PREFECT__SERVER__HOST\n");
        Path example = write(".env.example", "# [required]\nPREFECT__SERVER__HOST=\n");

        CliRun run = run("env", "check", env.toString(), "--compose", compose.toString(), "--example", example.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(env + ": 0 errors, 0 warnings, 0 info" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsEachFindingAsFileLineSeverityRuleThenTheFixAndExitsOneOnAnError() throws Exception {
        Path env = write(".env", "DBT_TARGET=\"prod\"\nEXTRA=1\n");
        Path compose = write("docker-compose.yml", "services:\n  prefect-agent:\n    environment:\n      DBT_TARGET: ${DBT_TARGET}\n"
                + "    image: agent:${AGENT_TAG}\n");

        CliRun run = run("env", "check", env.toString(), "--compose", compose.toString(), "--agent-service", "prefect-agent");

        assertThat(run.exitCode()).isEqualTo(1);
        String[] lines = run.out().split("\\R");
        assertThat(lines[0]).isEqualTo(env + ":1: ERROR: quoted-value: DBT_TARGET has its value in quotes: compose 1.25 and older"
                + " keep them as part of the value, later versions strip them");
        assertThat(lines[1]).startsWith("    fix: Remove the quotes");
        assertThat(lines[2]).isEqualTo("    fixed line: DBT_TARGET=prod");
        assertThat(run.out()).contains(env + ":2: WARNING: agent-not-receiving: ")
                .contains(compose + ":5: ERROR: compose-variable-missing: ");
        assertThat(lines).allMatch(line -> line.matches(FINDING_LINE) || line.startsWith("    ") || line.startsWith(env + ": "));
        assertThat(lines[lines.length - 1]).isEqualTo(env + ": 2 errors, 1 warning, 0 info; not checked: required variables"
                + " (no .env.example given)");
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Path env = write(".env", "A=1\r\nA=2\r\n");

        CliRun run = run("env", "check", env.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(":1: WARNING: crlf: ").contains(":1: WARNING: duplicate-name: ");
    }

    @Test
    void aComposeFileThatIsNotYamlIsOneFindingNotAStackTrace() throws Exception {
        Path env = write(".env", "A=1\n");
        Path compose = write("docker-compose.yml", "services:\n  agent:\n    image: a: b\n");

        CliRun run = run("env", "check", env.toString(), "--compose", compose.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(compose + ":3: ERROR: compose-invalid: the compose file is not valid YAML");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badPathsGiveAClearErrorAndExitOne() throws Exception {
        Path env = write(".env", "A=1\n");
        Path notUtf8 = dir.resolve("latin1.env");
        Files.write(notUtf8, "A=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertFailsClearly(run("env", "check", dir.resolve("missing.env").toString()), "missing.env: no such file.");
        assertFailsClearly(run("env", "check", dir.toString()), "it is a directory");
        assertFailsClearly(run("env", "check", notUtf8.toString()), "it is not UTF-8 text");
        assertFailsClearly(run("env", "check", env.toString(), "--compose", dir.resolve("nope.yml").toString()), "nope.yml: no such file.");
        assertFailsClearly(run("env", "check", env.toString(), "--example", dir.resolve("nope.example").toString()), "nope.example: no such file.");
    }

    @Test
    void aSecretValueNeverReachesTheOutput() throws Exception {
        String canary = "CANARY-pw-9d2";
        Path env = write(".env", "SNOWFLAKE_PASSWORD = \"" + canary + "@$x\"\n" + canary + "\nexport API_TOKEN=" + canary + "\n");
        Path compose = write("docker-compose.yml", "services:\n  agent:\n    environment: [SNOWFLAKE_PASSWORD]\n");

        CliRun run = run("env", "check", env.toString(), "--compose", compose.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("snowflake-password-at").contains("fixed line: SNOWFLAKE_PASSWORD=****").doesNotContain(canary);
        assertThat(run.err()).doesNotContain(canary);
    }

    private void assertFailsClearly(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("eltdeck: cannot read ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static CliRun run(String... args) {
        return CliRun.of(null, args);
    }
}
