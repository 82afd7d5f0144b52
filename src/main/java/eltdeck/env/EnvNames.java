package eltdeck.env;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a variable's name alone tells: whether compose and a shell accept it, and whether it looks secret. */
public final class EnvNames {
    /** Prefect 1 puts {@code PREFECT__CONTEXT__SECRETS__X} into {@code prefect.context.secrets["X"]}. */
    public static final String PREFECT_SECRET_PREFIX = "PREFECT__CONTEXT__SECRETS__";

    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> SECRET_WORDS = List.of("TOKEN", "PASSW", "SECRET", "KEY");

    private EnvNames() {
    }

    /** Letters, digits and {@code _}, not starting with a digit: the names every compose version and a shell agree on. */
    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    /** True when the name contains TOKEN, PASSW, SECRET or KEY, in any case. */
    public static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(upper::contains);
    }

    /** The Snowflake password goes into a {@code user:password@account} URL, where an {@code @} breaks it. */
    /** The name as a {@code toString} may print it: text before '=' that is no valid name may be part of a pasted secret. */
    static String printable(String name) {
        return isValid(name) ? name : "(not a valid name)";
    }

    static boolean isSnowflakePassword(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.contains("SNOWFLAKE") && upper.contains("PASSW");
    }
}
