package eltdeck.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a line as a program printed it into plain text and styled spans. SGR sequences become styles; every
 * other escape sequence (cursor moves, erase, OSC titles and hyperlinks, charset switches) and every other
 * control character is dropped, so nothing raw ever reaches the screen. Each line starts unstyled: lines are
 * shown filtered and out of their neighbours' context, so one line's colour must not leak into the next.
 */
public final class AnsiParser {
    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;

    private final String raw;
    private final StringBuilder plain;
    private final List<StyledSpan> spans = new ArrayList<>();
    private TextStyle style = TextStyle.PLAIN;
    private int spanStart;

    private AnsiParser(String raw) {
        this.raw = raw;
        this.plain = new StringBuilder(raw.length());
    }

    public static StyledText parse(String raw) {
        if (!hasControlCharacters(raw)) {
            return StyledText.plain(raw);
        }
        return new AnsiParser(raw).run();
    }

    private StyledText run() {
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == ESC) {
                i = escape(i + 1);
            } else {
                if (!isControl(c)) {
                    plain.append(c);
                }
                i++;
            }
        }
        closeSpan();
        return new StyledText(plain.toString(), spans);
    }

    /** Handles the sequence after an ESC at {@code i - 1}; returns where text continues. */
    private int escape(int i) {
        if (i >= raw.length()) {
            return i;
        }
        char kind = raw.charAt(i);
        switch (kind) {
            case '[':
                return controlSequence(i + 1);
            case ']':
            case 'P':
            case 'X':
            case '^':
            case '_':
                return controlString(i + 1);
            default:
                if (kind >= 0x20 && kind <= 0x2f) {
                    return nF(i);
                }
                // A two-character sequence such as ESC 7 or ESC M; anything else leaves only the ESC out.
                return kind >= 0x30 && kind <= 0x7e ? i + 1 : i;
        }
    }

    /** CSI: parameter bytes, intermediate bytes, one final byte. Only {@code m} without extras is SGR. */
    private int controlSequence(int start) {
        int i = start;
        while (i < raw.length() && raw.charAt(i) >= 0x30 && raw.charAt(i) <= 0x3f) {
            i++;
        }
        int parametersEnd = i;
        while (i < raw.length() && raw.charAt(i) >= 0x20 && raw.charAt(i) <= 0x2f) {
            i++;
        }
        if (i >= raw.length()) {
            return i;
        }
        char last = raw.charAt(i);
        if (last < 0x40 || last > 0x7e) {
            // Malformed: the sequence ends here and the offending character is text again.
            return i;
        }
        String parameters = raw.substring(start, parametersEnd);
        if (last == 'm' && parametersEnd == i && isPlainSgr(parameters)) {
            changeStyle(SgrInterpreter.apply(style, parameters));
        }
        return i + 1;
    }

    /** OSC, DCS, SOS, PM, APC: a string ended by BEL or ST ({@code ESC \}), or by the end of the line. */
    private int controlString(int start) {
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == BEL) {
                return i + 1;
            }
            if (c == ESC && i + 1 < raw.length() && raw.charAt(i + 1) == '\\') {
                return i + 2;
            }
        }
        return raw.length();
    }

    /** ESC, intermediate bytes, one final byte (e.g. {@code ESC ( B}, a charset switch). */
    private int nF(int start) {
        int i = start;
        while (i < raw.length() && raw.charAt(i) >= 0x20 && raw.charAt(i) <= 0x2f) {
            i++;
        }
        return i < raw.length() && raw.charAt(i) >= 0x30 && raw.charAt(i) <= 0x7e ? i + 1 : i;
    }

    /** Private SGR variants ({@code ESC [ > 4 m}) carry '<', '=', '>' or '?' and are not styles. */
    private static boolean isPlainSgr(String parameters) {
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ';' && c != ':') {
                return false;
            }
        }
        return true;
    }

    private void changeStyle(TextStyle next) {
        if (!next.equals(style)) {
            closeSpan();
            style = next;
        }
    }

    private void closeSpan() {
        if (plain.length() > spanStart) {
            spans.add(new StyledSpan(spanStart, plain.length(), style));
            spanStart = plain.length();
        }
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** C0 (ESC among them) and C1 controls and DEL; a tab stays, it is text. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
    }
}
