package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LineAssemblerTest {
    @Test
    void lfCrlfAndLoneCrEachEndALine() {
        assertThat(assembleWhole("a\nb\r\nc\rd\n")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void emptyLinesAreKept() {
        assertThat(assembleWhole("a\n\n\r\n\rb\n")).containsExactly("a", "", "", "", "b");
    }

    @Test
    void crlfSplitBetweenChunksIsOneBreak() {
        LineAssembler assembler = new LineAssembler();

        List<String> first = assembler.feed(bytes("one\r"), 0, 4);
        List<String> second = assembler.feed(bytes("\ntwo\n"), 0, 5);

        assertThat(first).containsExactly("one");
        assertThat(second).containsExactly("two");
    }

    @Test
    void utf8CharacterSplitAcrossChunks() {
        byte[] all = bytes("größe 🚀\n");
        LineAssembler assembler = new LineAssembler();
        List<String> lines = new ArrayList<>();

        for (byte b : all) {
            lines.addAll(assembler.feed(new byte[] {b}, 0, 1));
        }

        assertThat(lines).containsExactly("größe 🚀");
    }

    @Test
    void partialLastLineComesOutAtTheEnd() {
        LineAssembler assembler = new LineAssembler();

        assertThat(assembler.feed(bytes("done\nhalf"), 0, 9)).containsExactly("done");
        assertThat(assembler.finish()).containsExactly("half");
        assertThat(assembler.finish()).isEmpty();
    }

    @Test
    void invalidBytesBecomeReplacementCharacters() {
        LineAssembler assembler = new LineAssembler();
        byte[] chunk = {'a', (byte) 0xff, 'b', '\n', (byte) 0xe2, (byte) 0x82};

        assertThat(assembler.feed(chunk, 0, chunk.length)).containsExactly("a\ufffdb");
        assertThat(assembler.finish()).containsExactly("\ufffd");
    }

    @Test
    void longLinesAreCutAtTheMaximum() {
        LineAssembler assembler = new LineAssembler(4);

        List<String> lines = assembler.feed(bytes("abcdefghij\nwxyz\n"), 0, 16);

        assertThat(lines).containsExactly("abcd", "efgh", "ij", "wxyz");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        LineAssembler assembler = new LineAssembler(4);

        List<String> lines = assembler.feed(bytes("abc🚀d\n"), 0, bytes("abc🚀d\n").length);

        assertThat(lines).containsExactly("abc🚀", "d");
    }

    @Property(tries = 300)
    void anyChunkingGivesTheSameLines(@ForAll("streams") byte[] stream, @ForAll("cuts") List<Integer> cuts) {
        assertThat(assembleInChunks(stream, cuts, 16)).isEqualTo(assembleInChunks(stream, List.of(), 16));
    }

    @Property(tries = 300)
    void linesJoinedByLfOrCrlfComeBackAsWritten(@ForAll("lineLists") List<String> lines, @ForAll boolean crlf,
                                                @ForAll("cuts") List<Integer> cuts) {
        String text = String.join(crlf ? "\r\n" : "\n", lines) + "\n";

        assertThat(assembleInChunks(text.getBytes(StandardCharsets.UTF_8), cuts, LineAssembler.DEFAULT_MAX_LINE_CHARS))
                .isEqualTo(lines);
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab\r\n\t").ofMaxLength(6),
                Arbitraries.strings().withChars("äö€🚀").ofMaxLength(3),
                Arbitraries.strings().all().ofMaxLength(4));
        Arbitrary<byte[]> text = pieces.list().ofMaxSize(20).map(list -> String.join("", list).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        return Arbitraries.oneOf(text, raw);
    }

    @Provide
    Arbitrary<List<String>> lineLists() {
        return Arbitraries.strings().all().excludeChars('\r', '\n').ofMaxLength(30)
                .filter(s -> s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE))
                .list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 400).list().ofMaxSize(12);
    }

    /** Feeds the stream cut at the given offsets (sorted, clipped to its length), then finishes. */
    private static List<String> assembleInChunks(byte[] stream, List<Integer> cuts, int maxLineChars) {
        LineAssembler assembler = new LineAssembler(maxLineChars);
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int cut : cuts.stream().map(c -> Math.min(c, stream.length)).sorted().toList()) {
            lines.addAll(assembler.feed(stream, from, cut - from));
            from = cut;
        }
        lines.addAll(assembler.feed(stream, from, stream.length - from));
        lines.addAll(assembler.finish());
        return lines;
    }

    private static List<String> assembleWhole(String text) {
        LineAssembler assembler = new LineAssembler();
        List<String> lines = new ArrayList<>(assembler.feed(bytes(text), 0, bytes(text).length));
        lines.addAll(assembler.finish());
        return lines;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
