package eltdeck.airbyte;

import java.util.Locale;

/** Byte counts as people read them: 512 B, 3.4 KB, 1.2 MB (powers of 1024). */
public final class ByteSizes {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private ByteSizes() {
    }

    public static String of(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
