package eltdeck.ssh;

/**
 * Something done over a live SSH link failed: a channel was not opened or the connection went away meanwhile. The
 * SSH library's own exceptions never leave this package; they arrive as this (or one of its kinds) with the
 * library's words in the message.
 */
public class SshLinkException extends java.io.IOException {
    SshLinkException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The library's failure in the words every caller used to show it with. */
    static SshLinkException of(Exception libraryFailure) {
        return new SshLinkException("The connection to the VM failed: " + libraryFailure.getMessage(), libraryFailure);
    }
}
