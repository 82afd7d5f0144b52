package eltdeck.profile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bastion the SSH connection goes through, like OpenSSH's ProxyJump USER@HOST:PORT. */
public record JumpHost(String user, String host, int port) {
    private static final Pattern FORM = Pattern.compile("^(?:([^@\\s]+)@)?(\\[[^\\]]+\\]|[^:@\\s]+)(?::(\\d+))?$");

    /** Parses USER@HOST[:PORT]; the user defaults to the profile's. */
    public static JumpHost parse(String text, String defaultUser) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Jump host '" + text + "' is not of the form USER@HOST[:PORT].");
        }
        String host = m.group(2).replaceAll("^\\[|\\]$", "");
        int port = m.group(3) == null ? 22 : Integer.parseInt(m.group(3));
        String user = Optional.ofNullable(m.group(1)).orElse(defaultUser);
        return new JumpHost(user, host, port);
    }

    @Override
    public String toString() {
        return (user == null ? "" : user + "@") + host + (port == 22 ? "" : ":" + port);
    }
}
