package eltdeck.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the parameters of one SGR sequence ({@code ESC [ params m}) to a style. Unknown codes and malformed
 * colour parameters are ignored, as terminals do, so a bad sequence never breaks the rest of a line.
 */
final class SgrInterpreter {
    /** Caps absurd numbers so parsing never overflows; no SGR code comes near it. */
    private static final int MAX_NUMBER = 1_000_000;

    private AnsiColor foreground;
    private AnsiColor background;
    private boolean bold;
    private boolean faint;
    private boolean italic;
    private boolean underline;

    private SgrInterpreter(TextStyle style) {
        foreground = style.foreground();
        background = style.background();
        bold = style.bold();
        faint = style.faint();
        italic = style.italic();
        underline = style.underline();
    }

    /** The style after the parameter string ({@code "1;31"}, {@code "38:2::255:0:0"}, or empty for reset). */
    static TextStyle apply(TextStyle style, String parameters) {
        SgrInterpreter sgr = new SgrInterpreter(style);
        sgr.run(parse(parameters));
        return sgr.style();
    }

    private TextStyle style() {
        return new TextStyle(foreground, background, bold, faint, italic, underline);
    }

    private void run(List<int[]> params) {
        for (int k = 0; k < params.size(); k++) {
            int[] param = params.get(k);
            int code = param[0];
            if (code == 38 || code == 48) {
                ExtendedColor extended = param.length > 1 ? fromSubParameters(param) : fromFollowing(params, k);
                k += extended.consumed();
                if (extended.color() != null) {
                    if (code == 38) {
                        foreground = extended.color();
                    } else {
                        background = extended.color();
                    }
                }
            } else {
                applySimple(code, param);
            }
        }
    }

    private void applySimple(int code, int[] param) {
        if (code >= 30 && code <= 37) {
            foreground = AnsiColor.standard(code - 30);
        } else if (code >= 90 && code <= 97) {
            foreground = AnsiColor.standard(code - 90 + 8);
        } else if (code >= 40 && code <= 47) {
            background = AnsiColor.standard(code - 40);
        } else if (code >= 100 && code <= 107) {
            background = AnsiColor.standard(code - 100 + 8);
        } else {
            applyAttribute(code, param);
        }
    }

    private void applyAttribute(int code, int[] param) {
        switch (code) {
            case 0 -> {
                foreground = null;
                background = null;
                bold = false;
                faint = false;
                italic = false;
                underline = false;
            }
            case 1 -> bold = true;
            case 2 -> faint = true;
            case 3 -> italic = true;
            // 4:0 is "no underline" in the colon form; 4:1..4:5 are underline styles.
            case 4 -> underline = param.length < 2 || param[1] != 0;
            case 21 -> underline = true;
            case 22 -> {
                bold = false;
                faint = false;
            }
            case 23 -> italic = false;
            case 24 -> underline = false;
            case 39 -> foreground = null;
            case 49 -> background = null;
            default -> {
                // Blink, inverse, conceal, fonts…: not drawn in a log view.
            }
        }
    }

    private record ExtendedColor(AnsiColor color, int consumed) {
    }

    /** {@code 38;5;n} or {@code 38;2;r;g;b}: the colour's numbers are the parameters that follow. */
    private static ExtendedColor fromFollowing(List<int[]> params, int at) {
        int available = params.size() - at - 1;
        if (available < 1) {
            return new ExtendedColor(null, 0);
        }
        int mode = params.get(at + 1)[0];
        int needed = mode == 5 ? 1 : mode == 2 ? 3 : 0;
        int consumed = Math.min(available, 1 + needed);
        if (needed == 0 || available < 1 + needed) {
            return new ExtendedColor(null, consumed);
        }
        int[] values = new int[needed];
        for (int i = 0; i < needed; i++) {
            values[i] = params.get(at + 2 + i)[0];
        }
        return new ExtendedColor(color(mode, values), consumed);
    }

    /** {@code 38:5:n}, {@code 38:2:r:g:b} or {@code 38:2:colourspace:r:g:b}. */
    private static ExtendedColor fromSubParameters(int[] param) {
        int mode = param[1];
        if (mode == 5 && param.length >= 3) {
            return new ExtendedColor(color(5, new int[] {param[2]}), 0);
        }
        if (mode == 2 && param.length >= 5) {
            int first = param.length >= 6 ? 3 : 2;
            return new ExtendedColor(color(2, new int[] {param[first], param[first + 1], param[first + 2]}), 0);
        }
        return new ExtendedColor(null, 0);
    }

    private static AnsiColor color(int mode, int[] values) {
        for (int value : values) {
            if (value > 255) {
                return null;
            }
        }
        return mode == 5 ? AnsiColor.indexed(values[0]) : AnsiColor.rgb(values[0], values[1], values[2]);
    }

    /** Parameters separated by ';', each with ':'-separated sub-parameters; an empty number counts as 0. */
    private static List<int[]> parse(String parameters) {
        List<int[]> params = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int number = 0;
        for (int i = 0; i <= parameters.length(); i++) {
            char c = i < parameters.length() ? parameters.charAt(i) : ';';
            if (c >= '0' && c <= '9') {
                number = Math.min(number * 10 + (c - '0'), MAX_NUMBER);
            } else {
                current.add(number);
                number = 0;
                if (c == ';') {
                    params.add(current.stream().mapToInt(Integer::intValue).toArray());
                    current.clear();
                }
            }
        }
        return params;
    }
}
