package eltdeck.ssh;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelDirectTCPIP;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One live SSH connection to a VM (and its jump host): forwards, probes and commands go through it. */
public final class SshLink implements AutoCloseable {
    /** Receive window of our forward channels; JSch's own forwards use 128 KiB, which halves throughput. */
    static final int FORWARD_WINDOW = 2 * 1024 * 1024;
    static final int FORWARD_PACKET = 32 * 1024;

    private final Session session;
    private final Session jump;
    /** Set on a shared view of a connection: what closing the view does instead of ending the connection. */
    private final Runnable release;
    private final AtomicBoolean released = new AtomicBoolean();
    /** The channels a shared view opened, which closing the view ends (pruned of closed ones as new ones open). */
    private final Set<Channel> viewChannels = ConcurrentHashMap.newKeySet();

    SshLink(Session session, Session jump) {
        this(session, jump, null);
    }

    private SshLink(Session session, Session jump, Runnable release) {
        this.session = session;
        this.jump = jump;
        this.release = release;
    }

    public boolean isConnected() {
        return !released.get() && session.isConnected() && (jump == null || jump.isConnected());
    }

    /**
     * This connection for one more user, as OpenSSH's ControlMaster shares one: the view's channels ride on the same
     * session. Closing the view ends the channels it opened and runs {@code release} once; the connection stays up for
     * its owner. A view of a connection that has died fails at its next channel, as the connection would.
     */
    public SshLink share(Runnable release) {
        return new SshLink(session, jump, release);
    }

    public String serverVersion() {
        return session.getServerVersion();
    }

    /**
     * Opens a direct-tcpip channel to a port on the VM's loopback and waits for the server's answer: a closed
     * remote port throws {@link ChannelOpenRefused}, no answer in time {@link ChannelOpenUnanswered}, a link gone
     * down {@link SshLinkException}.
     */
    public ForwardChannel openForward(int remotePort, OutputStream toLocal, int timeoutMs) throws SshLinkException {
        ChannelDirectTCPIP ch = (ChannelDirectTCPIP) openChannel("direct-tcpip");
        ch.setHost("localhost");
        ch.setPort(remotePort);
        try {
            ch.setLocalWindowSizeMax(FORWARD_WINDOW);
            ch.setLocalPacketSize(FORWARD_PACKET);
        } catch (JSchException e) {
            throw SshLinkException.of(e);
        }
        if (toLocal != null) {
            ch.setOutputStream(toLocal);
        }
        connect(ch, timeoutMs);
        return new ForwardChannel(ch);
    }

    /**
     * Asks the server for an answer now, on the caller's thread: opens and closes a session channel (no command
     * runs), which a live sshd answers at once, even with a refusal. Returns the round trip in nanoseconds;
     * throws {@link ChannelOpenUnanswered} when nothing came back in time, i.e. the link is dead or stalled.
     */
    public long roundTrip(int timeoutMs) throws SshLinkException {
        long start = System.nanoTime();
        Channel ch = openChannel("session");
        try {
            connect(ch, timeoutMs);
        } catch (ChannelOpenRefused answeredAnyway) {
            // A "no" (e.g. MaxSessions reached) still came over the link.
        } finally {
            ch.disconnect();
        }
        return System.nanoTime() - start;
    }

    /** Opens a channel; a failure tells the server's refusal apart from its silence. */
    private void connect(Channel ch, int timeoutMs) throws SshLinkException {
        try {
            ch.connect(timeoutMs);
        } catch (JSchException e) {
            // JSch says "channel is not opened." in both cases; an open failure's reason code lands in the exit status.
            int reason = ch.getExitStatus();
            if (reason > 0) {
                throw new ChannelOpenRefused(reason, e);
            }
            if (session.isConnected()) {
                throw new ChannelOpenUnanswered(timeoutMs, e);
            }
            throw SshLinkException.of(e);
        }
    }

    /** A new channel of the session (counted as this view's, when shared); fails when the session or view is closed. */
    private Channel openChannel(String type) throws SshLinkException {
        if (release != null && released.get()) {
            throw closedView();
        }
        try {
            Channel ch = session.openChannel(type);
            if (release != null) {
                viewChannels.removeIf(Channel::isClosed);
                viewChannels.add(ch);
                if (released.get()) { // closed meanwhile: its close may not have seen this channel
                    ch.disconnect();
                    throw closedView();
                }
            }
            return ch;
        } catch (JSchException e) {
            throw SshLinkException.of(e);
        }
    }

    private static SshLinkException closedView() {
        return new SshLinkException("The connection to the VM failed: this shared SSH link was closed.", null);
    }

    /**
     * Round trip of opening (and closing) a channel to the port, in nanoseconds; throws as
     * {@link #openForward(int, OutputStream, int)} does.
     */
    public long probe(int remotePort, int timeoutMs) throws SshLinkException {
        long start = System.nanoTime();
        ForwardChannel ch = openForward(remotePort, null, timeoutMs);
        long elapsed = System.nanoTime() - start;
        ch.close();
        return elapsed;
    }

    /**
     * Runs a command on the VM, copying its stdout and stderr as they come, and returns its exit code.
     * A pty is requested when {@code pty} is set, so that closing the channel also ends the remote process.
     */
    public int exec(RemoteCommand command, OutputStream out, OutputStream err, boolean pty) throws IOException {
        return exec(command, null, out, err, pty);
    }

    /**
     * As {@link #exec(RemoteCommand, OutputStream, OutputStream, boolean)}, feeding {@code stdin} to the command and
     * then closing it: how file contents and secrets reach the VM without ever being on a command line.
     */
    public int exec(RemoteCommand command, InputStream stdin, OutputStream out, OutputStream err, boolean pty)
            throws IOException {
        ChannelExec ch = (ChannelExec) openChannel("exec");
        try {
            ch.setCommand(command.line());
            ch.setPty(pty);
            ch.setInputStream(null);
            ch.setErrStream(err, true);
            InputStream stdout = ch.getInputStream();
            OutputStream toCommand = ch.getOutputStream();
            connectExec(ch);
            if (stdin != null) {
                copyFlushing(stdin, toCommand);
            }
            toCommand.close();
            stdout.transferTo(out);
            out.flush();
            while (!ch.isClosed()) {
                sleep(10);
            }
            return ch.getExitStatus();
        } finally {
            ch.disconnect();
        }
    }

    /**
     * Starts a command whose output the caller reads from the returned command until it ends or the caller closes
     * it. Nothing is sent to its stdin; its stderr is dropped unless {@code pty} merges it into stdout.
     */
    public StreamingCommand start(RemoteCommand command, boolean pty) throws IOException {
        ChannelExec ch = (ChannelExec) openChannel("exec");
        ch.setCommand(command.line());
        ch.setPty(pty);
        ch.setInputStream(null);
        ch.setErrStream(OutputStream.nullOutputStream(), true);
        InputStream stdout = ch.getInputStream();
        try {
            connectExec(ch);
        } catch (SshLinkException e) {
            ch.disconnect();
            throw e;
        }
        return new StreamingCommand(ch, stdout);
    }

    private static void connectExec(ChannelExec ch) throws SshLinkException {
        try {
            ch.connect(15_000);
        } catch (JSchException e) {
            throw SshLinkException.of(e);
        }
    }

    /** Copies as the bytes come: a channel's stream otherwise holds them back until a packet is full. */
    private static void copyFlushing(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[32 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            out.flush();
        }
    }

    /**
     * sshd keeps Nagle on for a connection until its first session channel; one exec of {@code true} right
     * after connecting turns it off, or small requests through forwards stall ~40 ms.
     */
    void disableNagleOnServer() {
        try {
            exec(RemoteCommand.of("true"), OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);
        } catch (IOException e) {
            // Forwards still work, only slower for small requests.
        }
    }

    private static void sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (release != null) {
            if (released.compareAndSet(false, true)) {
                viewChannels.forEach(Channel::disconnect);
                release.run();
            }
            return;
        }
        session.disconnect();
        if (jump != null) {
            jump.disconnect();
        }
    }
}
