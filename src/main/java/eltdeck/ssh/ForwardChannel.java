package eltdeck.ssh;

import com.jcraft.jsch.ChannelDirectTCPIP;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An open direct-tcpip channel to a port on the VM: bytes written to {@link #toRemote()} reach the port, its answer
 * goes to the stream given when the channel was opened. Closing it closes the remote connection.
 */
public final class ForwardChannel implements AutoCloseable {
    private final ChannelDirectTCPIP channel;

    ForwardChannel(ChannelDirectTCPIP channel) {
        this.channel = channel;
    }

    /** The stream to the remote port; closing it sends EOF. Ask for it once per channel. */
    public OutputStream toRemote() throws IOException {
        return channel.getOutputStream();
    }

    /**
     * As {@link #toRemote()}, for a stream that the calling thread alone writes and closes before it asks for another:
     * it then writes through the thread's packet buffer instead of allocating one per channel ({@link ThreadPacketBuffer}).
     */
    public OutputStream toRemoteFromThisThread() throws IOException {
        return ThreadPacketBuffer.lend(channel.getOutputStream(), channel);
    }

    @Override
    public void close() {
        channel.disconnect();
    }
}
