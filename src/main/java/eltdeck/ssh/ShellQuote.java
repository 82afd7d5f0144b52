package eltdeck.ssh;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The one place remote command lines are built: POSIX single quoting, so no argument can inject shell. */
public final class ShellQuote {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellQuote() {
    }

    public static String quote(String arg) {
        if (!arg.isEmpty() && SAFE.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    public static String join(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("No command given.");
        }
        return argv.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }
}
