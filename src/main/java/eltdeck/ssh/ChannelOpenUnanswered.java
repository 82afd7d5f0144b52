package eltdeck.ssh;

/**
 * The server did not answer a channel open within its deadline. Says nothing about the port: either the link is
 * dead or the VM is very slow, which only a check of the link itself can tell.
 */
public final class ChannelOpenUnanswered extends SshLinkException {
    ChannelOpenUnanswered(int timeoutMs, Throwable cause) {
        super("No answer to the channel open within " + timeoutMs + " ms", cause);
    }
}
