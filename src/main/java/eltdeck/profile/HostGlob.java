package eltdeck.profile;

import java.util.Locale;

/** OpenSSH host patterns: '*' any run of characters, '?' one character, case-insensitive. */
public final class HostGlob {
    private HostGlob() {
    }

    public static boolean matches(String pattern, String text) {
        return match(pattern.toLowerCase(Locale.ROOT), 0, text.toLowerCase(Locale.ROOT), 0);
    }

    private static boolean match(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = ti; k <= t.length(); k++) {
                    if (match(p, pi + 1, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length() || (c != '?' && c != t.charAt(ti))) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length();
    }
}
