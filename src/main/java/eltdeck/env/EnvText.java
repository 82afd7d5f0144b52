package eltdeck.env;

import eltdeck.secret.Secret;
import java.nio.charset.StandardCharsets;

/**
 * A whole {@code .env} file's text on its way between the editor, the checks and the VM. It holds passwords, so it
 * prints as {@code EnvText[****]}; it is revealed only where it is parsed, written to the VM's stdin or shown.
 */
public final class EnvText {
    private final Secret text;

    private EnvText(Secret text) {
        this.text = text;
    }

    public static EnvText of(String text) {
        return new EnvText(Secret.of(text));
    }

    /** The file's bytes as read from the VM or a local file, UTF-8. */
    public static EnvText of(byte[] content) {
        return of(new String(content, StandardCharsets.UTF_8));
    }

    public EnvFile parse() {
        return EnvParser.parse(text.reveal());
    }

    /** The bytes to write: for the one place that sends them to the VM or a file. */
    public byte[] bytes() {
        return text.reveal().getBytes(StandardCharsets.UTF_8);
    }

    /** The text itself: for the editor that shows it, never for a message or a log. */
    public String reveal() {
        return text.reveal();
    }

    @Override
    public String toString() {
        return "EnvText[****]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnvText that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
