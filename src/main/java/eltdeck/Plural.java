package eltdeck;

import java.util.Locale;

/** A count with its noun in the right number: "1 line", "2 lines", "1,024 lines" (never "1 lines"). */
public final class Plural {
    private Plural() {
    }

    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }
}
