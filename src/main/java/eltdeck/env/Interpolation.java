package eltdeck.env;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variables a compose string interpolates: {@code $NAME}, {@code ${NAME}} and the forms
 * with an operator ({@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?error}},
 * {@code ${NAME:+other}} …). {@code $$} is compose's escape for a literal {@code $} and reads nothing.
 */
final class Interpolation {
    /** A variable reference; {@code fallback} when compose has something to use if the variable is unset. */
    record Reference(String name, boolean fallback) {
    }

    private static final Pattern BRACED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?");
    private static final Pattern BARE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Interpolation() {
    }

    static List<Reference> references(String value) {
        List<Reference> found = new ArrayList<>();
        Matcher braced = BRACED.matcher(value);
        Matcher bare = BARE.matcher(value);
        for (int i = value.indexOf('$'); i >= 0; i = value.indexOf('$', i + 1)) {
            if (value.startsWith("$$", i)) {
                i++;
            } else if (braced.region(i, value.length()).lookingAt()) {
                // "?" makes compose fail when unset: no fallback. "-" gives a default, "+" gives "" when unset.
                String operator = braced.group(2);
                found.add(new Reference(braced.group(1), operator != null && !operator.endsWith("?")));
            } else if (bare.region(i, value.length()).lookingAt()) {
                found.add(new Reference(bare.group(1), false));
            }
        }
        return found;
    }
}
