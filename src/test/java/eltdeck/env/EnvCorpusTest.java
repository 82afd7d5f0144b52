package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case under {@code src/test/resources/env-corpus/}: a directory holding {@code env} (the
 * {@code .env}), optionally {@code compose.yml}, {@code example} (the {@code .env.example}) and
 * {@code agent-service}, and {@code expected}: one {@code SOURCE LINE SEVERITY RULE} line per finding.
 */
class EnvCorpusTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.map(dir -> dir.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedFindings(String name) throws Exception {
        Path dir = corpus().resolve(name);
        String envText = read(dir.resolve("env")).orElseThrow();
        EnvFile env = EnvParser.parse(envText);
        String agent = read(dir.resolve("agent-service")).map(String::strip).orElse("agent");

        EnvReport report = EnvChecker.check(env, read(dir.resolve("example")).map(EnvSchema::parse),
                read(dir.resolve("compose.yml")).map(text -> ComposeFile.parse(text, agent)));

        List<String> found = report.findings().stream()
                .map(f -> f.source().name().toLowerCase(Locale.ROOT) + " " + f.line() + " " + f.severity() + " " + f.rule().id())
                .sorted().toList();
        assertThat(found).as(String.join("\n", report.findings().stream().map(f -> f.describe(name).get(0)).toList()))
                .isEqualTo(expected(dir));
        assertThat(env.render()).isEqualTo(envText);
    }

    @Test
    void theCorpusHasGoodCasesAndExercisesEveryRule() throws Exception {
        List<String> names = cases().toList();
        assertThat(names).anyMatch(n -> n.startsWith("good-")).anyMatch(n -> n.startsWith("bad-"));
        for (String name : names) {
            assertThat(expected(corpus().resolve(name)).isEmpty()).as(name).isEqualTo(name.startsWith("good-"));
        }
        Set<Rule> exercised = EnumSet.noneOf(Rule.class);
        for (String name : names) {
            expected(corpus().resolve(name)).forEach(line -> exercised.add(rule(line.split(" ")[3])));
        }
        assertThat(exercised).containsExactlyInAnyOrder(Rule.values());
    }

    private static Rule rule(String id) {
        return Arrays.stream(Rule.values()).filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no rule " + id));
    }

    private static List<String> expected(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("expected"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().collect(Collectors.toList());
    }

    private static Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(EnvCorpusTest.class.getResource("/env-corpus").toURI());
    }
}
