package eltdeck;

/** A count with its noun in the right number: "1 line", "2 lines" (never "1 lines"). */
public final class Plural {
    private Plural() {
    }

    public static String of(long count, String singular) {
        return count + " " + word(count, singular);
    }

    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** The noun alone, for a count written another way ("1,024 lines"). */
    public static String word(long count, String singular) {
        return count == 1 ? singular : singular + "s";
    }
}
