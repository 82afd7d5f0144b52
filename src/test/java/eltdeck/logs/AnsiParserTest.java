package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnsiParserTest {
    private static final String ESC = "\u001b";

    @Test
    void textWithoutEscapesIsOnePlainSpan() {
        StyledText text = AnsiParser.parse("plain line");

        assertThat(text.plain()).isEqualTo("plain line");
        assertThat(text.spans()).containsExactly(new StyledSpan(0, 10, TextStyle.PLAIN));
    }

    @Test
    void standardAndBrightColoursThenReset() {
        StyledText text = AnsiParser.parse(ESC + "[31mred" + ESC + "[0m " + ESC + "[92mgreen" + ESC + "[m!");

        assertThat(text.plain()).isEqualTo("red green!");
        assertThat(text.spans()).containsExactly(
                new StyledSpan(0, 3, fg(AnsiColor.standard(1))),
                new StyledSpan(3, 4, TextStyle.PLAIN),
                new StyledSpan(4, 9, fg(AnsiColor.standard(10))),
                new StyledSpan(9, 10, TextStyle.PLAIN));
    }

    @Test
    void backgroundsAndDefaultColourCodes() {
        StyledText text = AnsiParser.parse(ESC + "[33;44mx" + ESC + "[39my" + ESC + "[49;104mz");

        assertThat(styles(text)).containsExactly(
                new TextStyle(AnsiColor.standard(3), AnsiColor.standard(4), false, false, false, false),
                new TextStyle(null, AnsiColor.standard(4), false, false, false, false),
                new TextStyle(null, AnsiColor.standard(12), false, false, false, false));
    }

    @Test
    void attributesSetAndClearOneByOne() {
        StyledText text = AnsiParser.parse(ESC + "[1;3;4ma" + ESC + "[22mb" + ESC + "[23;24mc" + ESC + "[2md");

        assertThat(styles(text)).containsExactly(
                new TextStyle(null, null, true, false, true, true),
                new TextStyle(null, null, false, false, true, true),
                TextStyle.PLAIN,
                new TextStyle(null, null, false, true, false, false));
    }

    @Test
    void twoHundredFiftySixColours() {
        StyledText text = AnsiParser.parse(ESC + "[38;5;9ma" + ESC + "[38;5;196mb" + ESC + "[48;5;244mc");

        assertThat(styles(text).get(0).foreground()).isEqualTo(AnsiColor.standard(9));
        assertThat(styles(text).get(1).foreground()).isEqualTo(AnsiColor.rgb(255, 0, 0));
        assertThat(styles(text).get(2).background()).isEqualTo(AnsiColor.rgb(128, 128, 128));
        assertThat(styles(text).get(2).background().hex()).isEqualTo("#808080");
    }

    @Test
    void truecolourInSemicolonAndColonForms() {
        StyledText text = AnsiParser.parse(ESC + "[38;2;10;20;30ma" + ESC + "[38:2::40:50:60mb" + ESC + "[48:2:70:80:90mc");

        assertThat(styles(text).get(0).foreground()).isEqualTo(AnsiColor.rgb(10, 20, 30));
        assertThat(styles(text).get(1).foreground()).isEqualTo(AnsiColor.rgb(40, 50, 60));
        assertThat(styles(text).get(2).background()).isEqualTo(AnsiColor.rgb(70, 80, 90));
    }

    @Test
    void codesAfterAnExtendedColourStillApply() {
        StyledText text = AnsiParser.parse(ESC + "[38;5;2;1mx");

        assertThat(styles(text)).containsExactly(new TextStyle(AnsiColor.standard(2), null, true, false, false, false));
    }

    @Test
    void nonSgrSequencesAreStripped() {
        String raw = ESC + "[2K" + ESC + "[1A" + ESC + "[?25l" + ESC + "]0;window title\u0007"
                + ESC + "]8;;http://example.com" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\" + ESC + "(B" + ESC + "7"
                + "text\u0007\b" + ESC + "[>4;2m!";

        StyledText text = AnsiParser.parse(raw);

        assertThat(text.plain()).isEqualTo("linktext!");
        assertThat(text.spans()).containsExactly(new StyledSpan(0, 9, TextStyle.PLAIN));
    }

    @Test
    void malformedSequencesNeverShowEscapes() {
        assertThat(AnsiParser.parse("a" + ESC + "[31").plain()).isEqualTo("a");
        assertThat(AnsiParser.parse("a" + ESC).plain()).isEqualTo("a");
        assertThat(AnsiParser.parse("a" + ESC + "[3\u00e9b").plain()).isEqualTo("a\u00e9b");
        assertThat(AnsiParser.parse("a" + ESC + "]unterminated title").plain()).isEqualTo("a");
        assertThat(AnsiParser.parse("tab\there\u009b").plain()).isEqualTo("tab\there");
    }

    @Test
    void malformedColourParametersAreIgnored() {
        StyledText text = AnsiParser.parse(ESC + "[38;5mA" + ESC + "[38;2;1;2mB" + ESC + "[38;5;999mC" + ESC + "[99999999999mD");

        assertThat(text.plain()).isEqualTo("ABCD");
        assertThat(text.spans()).containsExactly(new StyledSpan(0, 4, TextStyle.PLAIN));
    }

    @Test
    void emptyParametersCountAsZero() {
        StyledText text = AnsiParser.parse(ESC + "[1mA" + ESC + "[;32mB");

        assertThat(styles(text)).containsExactly(
                new TextStyle(null, null, true, false, false, false),
                fg(AnsiColor.standard(2)));
    }

    @Test
    void everyLineStartsPlain() {
        AnsiParser.parse(ESC + "[31mleft red open");

        assertThat(AnsiParser.parse("next").spans()).containsExactly(new StyledSpan(0, 4, TextStyle.PLAIN));
    }

    private static TextStyle fg(AnsiColor color) {
        return new TextStyle(color, null, false, false, false, false);
    }

    private static List<TextStyle> styles(StyledText text) {
        return text.spans().stream().map(StyledSpan::style).toList();
    }
}
