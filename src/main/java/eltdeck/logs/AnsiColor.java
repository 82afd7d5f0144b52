package eltdeck.logs;

/**
 * A colour named by an SGR sequence: one of the 16 terminal colours (index 0–15), which a view maps to its
 * theme so they stay readable on light and dark backgrounds, or an exact RGB value (256-colour and truecolor).
 */
public record AnsiColor(int paletteIndex, int rgb) {
    private static final int NO_PALETTE = -1;
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};
    private static final AnsiColor[] STANDARD = new AnsiColor[16];

    static {
        for (int i = 0; i < STANDARD.length; i++) {
            STANDARD[i] = new AnsiColor(i, 0);
        }
    }

    /** Colours 0–7 and their bright variants 8–15. */
    public static AnsiColor standard(int index) {
        return STANDARD[index];
    }

    /** An xterm 256-colour index: 0–15 the terminal colours, 16–231 a 6×6×6 cube, 232–255 greys. */
    public static AnsiColor indexed(int index) {
        if (index < 16) {
            return standard(index);
        }
        if (index < 232) {
            int cube = index - 16;
            return rgb(CUBE_LEVELS[cube / 36], CUBE_LEVELS[cube / 6 % 6], CUBE_LEVELS[cube % 6]);
        }
        int grey = 8 + 10 * (index - 232);
        return rgb(grey, grey, grey);
    }

    public static AnsiColor rgb(int red, int green, int blue) {
        return new AnsiColor(NO_PALETTE, (red << 16) | (green << 8) | blue);
    }

    /** True for the 16 terminal colours, whose look the theme decides. */
    public boolean isPalette() {
        return paletteIndex != NO_PALETTE;
    }

    /** The exact colour as {@code #rrggbb}; only for colours that are not palette colours. */
    public String hex() {
        return String.format("#%06x", rgb);
    }
}
