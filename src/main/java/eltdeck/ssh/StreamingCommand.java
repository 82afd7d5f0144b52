package eltdeck.ssh;

import com.jcraft.jsch.ChannelExec;
import java.io.InputStream;

/**
 * A command running on the VM whose output is read as it comes, for as long as the reader wants: closing it closes
 * the channel, which ends the remote command only if it was started with a pty (DESIGN.md pitfalls).
 */
public final class StreamingCommand implements AutoCloseable {
    private final ChannelExec channel;
    private final InputStream output;

    StreamingCommand(ChannelExec channel, InputStream output) {
        this.channel = channel;
        this.output = output;
    }

    /** The command's stdout (with a pty: its stderr too); ends when the command does. */
    public InputStream output() {
        return output;
    }

    @Override
    public void close() {
        channel.disconnect();
    }
}
