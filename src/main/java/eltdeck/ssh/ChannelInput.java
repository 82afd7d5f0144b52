package eltdeck.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bytes a channel receives, between the SSH session's thread (which writes them here) and the one reader of a
 * {@link ChannelSocket}. A bounded ring: a full one holds the session's thread back, as a slow local socket does
 * for a tunnel, so a large answer never piles up in memory. Unlike {@link java.io.PipedInputStream} it does not
 * care which threads read or write (a pooled HTTP connection is read by a different thread per request), and its
 * reads wait at most the socket's read timeout.
 */
final class ChannelInput extends OutputStream {
    private static final int CAPACITY = 256 * 1024;

    private final byte[] ring = new byte[CAPACITY];
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private int start;
    private int size;
    /** The channel's end of data: the reader gets -1 once the ring is empty. */
    private boolean ended;
    /** The reader is gone: what still comes is dropped, so the session's thread never waits for nobody. */
    private boolean discarding;
    private volatile int readTimeoutMs;

    private final InputStream reader = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return take(b, off, len);
        }

        @Override
        public int available() {
            lock.lock();
            try {
                return size;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            discard();
        }
    };

    InputStream reader() {
        return reader;
    }

    /** How long a read waits for bytes before {@link SocketTimeoutException}; 0 waits for ever. */
    void readTimeout(int ms) {
        readTimeoutMs = ms;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        lock.lock();
        try {
            while (len > 0 && !discarding) {
                while (size == CAPACITY && !discarding) {
                    writable.awaitUninterruptibly();
                }
                if (discarding) {
                    return;
                }
                int end = (start + size) % CAPACITY;
                int n = Math.min(len, Math.min(CAPACITY - size, CAPACITY - end));
                System.arraycopy(b, off, ring, end, n);
                size += n;
                off += n;
                len -= n;
                readable.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The channel saw the remote end of data (JSch closes its output stream then). */
    @Override
    public void close() {
        lock.lock();
        try {
            ended = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The socket closed: readers get -1, writers stop waiting. */
    void discard() {
        lock.lock();
        try {
            discarding = true;
            ended = true;
            size = 0;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int take(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        lock.lock();
        try {
            int timeout = readTimeoutMs;
            long left = TimeUnit.MILLISECONDS.toNanos(timeout);
            while (size == 0 && !ended) {
                if (timeout == 0) {
                    readable.await();
                } else if (left <= 0) {
                    throw new SocketTimeoutException("Read timed out");
                } else {
                    left = readable.awaitNanos(left);
                }
            }
            if (size == 0) {
                return -1;
            }
            int n = Math.min(len, Math.min(size, CAPACITY - start));
            System.arraycopy(ring, start, b, off, n);
            start = (start + n) % CAPACITY;
            size -= n;
            writable.signalAll();
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading from the SSH channel");
        } finally {
            lock.unlock();
        }
    }
}
