package eltdeck.stack;

import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshLink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and writes whole files on the VM. A write is atomic (temp file beside it, then rename), mode 0600,
 * keeps the previous version as {@code FILE.bak-<UTC timestamp>} (the newest 10), refuses to overwrite a file
 * that changed since it was read, and never puts content on a command line: it travels on stdin.
 */
public final class RemoteFiles {
    private static final String READ_SCRIPT = script("read-file.sh");
    private static final String WRITE_SCRIPT = script("write-file.sh");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MISSING = 3;
    private static final int CHANGED = 3;
    private static final int INCOMPLETE = 4;
    private static final String QUOTING_LINE = "(a line quoting the file's content, not shown)";

    private final SshLink link;

    public RemoteFiles(SshLink link) {
        this.link = link;
    }

    /** The file's bytes and their hash, or empty when there is no such file. */
    public Optional<Snapshot> read(String path) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = link.exec(RemoteCommand.script(READ_SCRIPT, path), null, out, err, false);
        if (code == MISSING) {
            return Optional.empty();
        }
        if (code != 0) {
            throw new IOException("Cannot read " + path + " on the VM: " + err.toString(StandardCharsets.UTF_8).trim());
        }
        return Optional.of(new Snapshot(path, out.toByteArray()));
    }

    /**
     * Replaces the file with {@code content} if it is still as {@code readBefore} saw it (null: it must not
     * exist yet). Returns the new snapshot.
     */
    public Snapshot write(String path, byte[] content, Snapshot readBefore, Instant now) throws IOException {
        InputStream stdin = new SequenceInputStream(new ByteArrayInputStream(header(readBefore, content.length)),
                new ByteArrayInputStream(content));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = link.exec(writeCommand(path, now), stdin, out, err, false);
        if (code == CHANGED) {
            throw new ChangedOnVmException(path);
        }
        if (code == INCOMPLETE) {
            throw new IOException("The new " + path + " did not arrive whole on the VM; the old file is unchanged. Try again.");
        }
        if (code != 0) {
            throw new IOException("Cannot write " + path + " on the VM (exit " + code + "): " + withoutContent(err, content));
        }
        Snapshot written = new Snapshot(path, content);
        if (!written.sha256().equals(out.toString(StandardCharsets.US_ASCII).trim())) {
            throw new IOException("The VM reports other content for " + path + " than was sent; read it again before editing.");
        }
        return written;
    }

    /**
     * The VM's error output with every line that quotes the content left out: a shell or tool that echoes what it
     * read would otherwise put a {@code .env}'s passwords into the exception message. Lines and values shorter than
     * four characters are not looked for, or every message would lose its words.
     */
    static String withoutContent(ByteArrayOutputStream err, byte[] content) {
        List<String> quoted = new String(content, StandardCharsets.UTF_8).lines()
                .flatMap(line -> Stream.of(line.strip(), line.substring(line.indexOf('=') + 1).strip()))
                .filter(text -> text.length() >= 4)
                .toList();
        return err.toString(StandardCharsets.UTF_8).lines()
                .map(line -> quoted.stream().anyMatch(line::contains) ? QUOTING_LINE : line)
                .collect(Collectors.joining("\n")).trim();
    }

    /** The command of a write: the script and the path, nothing of the content. */
    static RemoteCommand writeCommand(String path, Instant now) {
        return RemoteCommand.script(WRITE_SCRIPT, path, STAMP.format(now));
    }

    /** What precedes the content on stdin: the hash the file must still have ("absent": no file) and the length. */
    static byte[] header(Snapshot readBefore, int length) {
        String expected = readBefore == null ? "absent" : readBefore.sha256();
        return (expected + " " + length + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A shell script of this package, from the class path. */
    static String script(String name) {
        try (InputStream in = RemoteFiles.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's content as read (or written), with the hash used to notice changes made meanwhile on the VM. */
    public record Snapshot(String path, byte[] content) {
        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        /** The path and size only: the content may be a {@code .env} full of passwords. */
        @Override
        public String toString() {
            return "Snapshot[" + path + ", " + content.length + " bytes]";
        }
    }

    /** The file on the VM is not the one that was read: someone changed it meanwhile. */
    public static final class ChangedOnVmException extends IOException {
        ChangedOnVmException(String path) {
            super(path + " changed on the VM since it was read. Read it again and look at the difference before saving.");
        }
    }
}
