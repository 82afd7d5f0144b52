package eltdeck.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the parser and the edits, over arbitrary mixes of lines, line breaks and byte order marks. */
class EnvRoundTripTest {
    private static final List<String> SHARED_NAMES = List.of("A", "B", "SNOWFLAKE_PASSWORD", "PREFECT__CONTEXT__SECRETS__TOKEN");

    @Property
    void parseThenRenderGivesBackTheExactText(@ForAll("envTexts") String text) {
        assertThat(EnvParser.parse(text).render()).isEqualTo(text);
    }

    @Property
    void anyTextAtAllRoundTrips(@ForAll String text) {
        assertThat(EnvParser.parse(text).render()).isEqualTo(text);
    }

    @Property
    void settingAValueChangesOnlyThatVariablesLine(@ForAll("envTexts") String text, @ForAll("names") String name, @ForAll("values") String value) {
        EnvFile before = EnvParser.parse(text);
        EnvFile after = before.set(name, value);

        assertThat(after.hasBom()).isEqualTo(before.hasBom());
        assertThat(after.entry(name).map(EnvEntry::rawValue)).contains(value);
        int edited = before.entry(name).map(EnvEntry::line).orElse(before.lines().size() + 1);
        assertThat(after.line(edited).text()).isEqualTo(name + "=" + value);
        for (int n = 1; n <= before.lines().size(); n++) {
            if (n == edited) {
                assertThat(after.line(n).ending()).isEqualTo(before.line(n).ending());
                continue;
            }
            assertThat(after.line(n).text()).as("line %d", n).isEqualTo(before.line(n).text());
            boolean suppliedFinalBreak = n == before.lines().size() && before.line(n).ending().isEmpty();
            if (!suppliedFinalBreak) {
                assertThat(after.line(n).ending()).as("line %d", n).isEqualTo(before.line(n).ending());
            }
        }
        assertThat(after.lines()).hasSize(Math.max(before.lines().size(), edited));
    }

    @Property
    void removingAVariableDropsOnlyItsLines(@ForAll("envTexts") String text, @ForAll("names") String name) {
        EnvFile before = EnvParser.parse(text);
        List<EnvLine> kept = before.lines().stream().filter(line -> !(line.isEntry() && line.name().equals(name))).toList();

        EnvFile after = before.remove(name);

        assertThat(after.entry(name)).isEmpty();
        assertThat(after.lines()).containsExactlyElementsOf(kept);
        assertThat(after.hasBom()).isEqualTo(before.hasBom());
    }

    @Property
    void bomAndCrlfStayUntilFixedAndFixingTouchesNothingElse(@ForAll("envTexts") String text) {
        EnvFile file = EnvParser.parse(text);

        EnvFile fixed = file.withoutBom().withLfEndings();

        assertThat(fixed.hasBom()).isFalse();
        assertThat(fixed.crlfLines()).isEmpty();
        assertThat(fixed.render()).isEqualTo(text.replace("\r\n", "\n").replaceFirst("^\uFEFF", ""));
        assertThat(fixed.lines()).extracting(EnvLine::text).containsExactlyElementsOf(file.lines().stream().map(EnvLine::text).toList());
    }

    /** Optional BOM, then lines of every kind with LF or CRLF breaks, the last one maybe without. */
    @Provide
    Arbitrary<String> envTexts() {
        Arbitrary<String> line = Combinators.combine(lineTexts(), Arbitraries.of("\n", "\r\n")).as(String::concat);
        return Combinators.combine(Arbitraries.of("", EnvFile.BOM), line.list().ofMaxSize(12), lineTexts().injectNull(0.5))
                .as((bom, lines, unterminated) -> bom + String.join("", lines) + (unterminated == null ? "" : unterminated));
    }

    private Arbitrary<String> lineTexts() {
        Arbitrary<String> anyText = Arbitraries.strings().excludeChars('\n').ofMaxLength(30);
        Arbitrary<String> spaces = Arbitraries.strings().withChars(" \t").ofMaxLength(3);
        Arbitrary<String> comment = Combinators.combine(spaces, anyText).as((indent, body) -> indent + "#" + body);
        Arbitrary<String> entry = Combinators.combine(spaces, names(), spaces, spaces, values(), spaces)
                .as((lead, name, beforeEquals, afterEquals, value, trail) -> lead + name + beforeEquals + "=" + afterEquals + value + trail);
        Arbitrary<String> quoted = Combinators.combine(names(), Arbitraries.of("\"", "'"), values()).as((name, q, value) -> name + "=" + q + value + q);
        return Arbitraries.oneOf(comment, spaces, entry, quoted, anyText, Arbitraries.just("A=1\r"));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> fresh = Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(8);
        return Arbitraries.oneOf(Arbitraries.of(SHARED_NAMES), fresh);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().excludeChars('\n', '\r').ofMaxLength(20);
    }
}
