package eltdeck.ssh;

import com.jcraft.jsch.Buffer;
import com.jcraft.jsch.Channel;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Gives JSch's channel output stream a packet buffer kept per thread. The stream allocates one of the server's
 * maximum packet size (32 KiB for sshd's forwards) on its first write; for a tunnel's small requests that allocation
 * was the forwarding thread's largest cost (over half of its profile samples), on the path of every new
 * connection. The stream's fields are JSch internals: when they are not found (another JSch version) the stream
 * allocates its own as before, and ChannelHttpContract checks that the buffer is shared with the JSch in use.
 */
final class ThreadPacketBuffer {
    private static final ThreadLocal<Held> HELD = new ThreadLocal<>();
    private static volatile Internals internals;
    private static volatile boolean unavailable;

    private ThreadPacketBuffer() {
    }

    /**
     * Hands {@code stream} (from {@code channel.getOutputStream()}, not yet written to) the calling thread's buffer.
     * Only for a stream that this thread alone writes and closes before it asks for another.
     */
    static OutputStream lend(OutputStream stream, Channel channel) {
        if (unavailable) {
            return stream;
        }
        try {
            Internals in = internals(stream.getClass());
            int size = in.maxPacket.getInt(channel);
            Held held = HELD.get();
            if (held == null || held.size != size) {
                Buffer buffer = new Buffer(size);
                held = new Held(size, buffer, in.newPacket.newInstance(buffer));
                HELD.set(held);
            }
            in.buffer.set(stream, held.buffer);
            in.packet.set(stream, held.packet);
        } catch (ReflectiveOperationException | RuntimeException e) {
            unavailable = true;
        }
        return stream;
    }

    /** Whether {@code stream} writes through the calling thread's buffer. */
    static boolean lentTo(OutputStream stream) {
        Held held = HELD.get();
        try {
            return held != null && internals(stream.getClass()).buffer.get(stream) == held.buffer;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Internals internals(Class<?> streamClass) throws ReflectiveOperationException {
        Internals in = internals;
        if (in == null || in.streamClass != streamClass) {
            in = new Internals(streamClass);
            internals = in;
        }
        return in;
    }

    private record Held(int size, Buffer buffer, Object packet) {
    }

    /** The stream's packet fields, the channel's remote maximum packet size, and how to make a packet of a buffer. */
    private static final class Internals {
        final Class<?> streamClass;
        final Field buffer;
        final Field packet;
        final Field maxPacket;
        final Constructor<?> newPacket;

        Internals(Class<?> streamClass) throws ReflectiveOperationException {
            this.streamClass = streamClass;
            buffer = accessible(streamClass.getDeclaredField("buffer"));
            packet = accessible(streamClass.getDeclaredField("packet"));
            maxPacket = accessible(Channel.class.getDeclaredField("rmpsize"));
            newPacket = Class.forName("com.jcraft.jsch.Packet").getDeclaredConstructor(Buffer.class);
            newPacket.setAccessible(true);
        }

        private static Field accessible(Field f) {
            f.setAccessible(true);
            return f;
        }
    }
}
