package eltdeck.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@code read-env-files.sh} printed: the home directory, a line a file (no file, why it cannot be read, or read),
 * the sizes of the files read, their contents (each exactly its size: content is never searched for a marker, so no
 * content can end a file early), and their sizes once more after the read.
 */
final class FramedFiles {
    private static final String CHANGED = " changed on the VM while it was read; read it again.";

    private final String home;
    private final List<Part> parts;
    private final int expected;

    private FramedFiles(String home, List<Part> parts, int expected) {
        this.home = home;
        this.parts = parts;
        this.expected = expected;
    }

    /** One file as the VM found it: its bytes, or no file ({@code content} null), or why it cannot be read. */
    private record Part(byte[] content, String unreadable, boolean changedWhileRead) {
    }

    /** Parses the output of a read of {@code expected} files; output cut short or out of frame is not {@link #complete}. */
    static FramedFiles parse(byte[] out, int expected) {
        Lines lines = new Lines(out);
        String first = lines.next();
        String home = first != null && first.startsWith("H ") ? first.substring(2) : "";
        List<String> kinds = new ArrayList<>();
        while (kinds.size() < expected) {
            String kind = lines.next();
            if (kind == null) {
                break;
            }
            kinds.add(kind);
        }
        int read = (int) kinds.stream().filter("F"::equals).count();
        long[] sizes = lines.sizes(read);
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; sizes != null && i < read; i++) {
            contents.add(lines.bytes(sizes[i]));
        }
        long[] after = read == 0 ? new long[0] : "".equals(lines.next()) ? lines.sizes(read) : null;
        boolean inFrame = sizes != null && !contents.contains(null) && after != null;
        List<Part> parts = new ArrayList<>();
        for (String kind : kinds) {
            int file = (int) parts.stream().filter(p -> p.content() != null).count();
            if (kind.equals("M")) {
                parts.add(new Part(null, null, false));
            } else if (kind.startsWith("E ")) {
                parts.add(new Part(null, kind.substring(2).strip(), false));
            } else if (kind.equals("F") && inFrame) {
                parts.add(new Part(contents.get(file), null, after[file] != sizes[file]));
            } else {
                break;
            }
        }
        return new FramedFiles(home, parts, expected);
    }

    String home() {
        return home;
    }

    /** Whether every file asked for has its part, in frame. */
    boolean complete() {
        return parts.size() == expected;
    }

    /** The {@code index}th file, named {@code path}: empty when there is none; an error saying why it cannot be read. */
    Optional<RemoteFiles.Snapshot> snapshot(int index, String path) throws IOException {
        Part part = parts.get(index);
        if (part.unreadable() != null) {
            throw new IOException("Cannot read " + path + " on the VM: " + part.unreadable());
        }
        if (part.changedWhileRead()) {
            throw new IOException(path + CHANGED);
        }
        return part.content() == null ? Optional.empty() : Optional.of(new RemoteFiles.Snapshot(path, part.content()));
    }

    private static final class Lines {
        private final byte[] out;
        private int pos;

        Lines(byte[] out) {
            this.out = out;
        }

        /** The next line without its newline; null at the end or when the line is not ended. */
        String next() {
            int end = pos;
            while (end < out.length && out[end] != '\n') {
                end++;
            }
            if (end == out.length) {
                return null;
            }
            String line = new String(out, pos, end - pos, StandardCharsets.US_ASCII);
            pos = end + 1;
            return line;
        }

        /** {@code count} lines of one size each; null when they are not there. */
        long[] sizes(int count) {
            long[] sizes = new long[count];
            for (int i = 0; i < count; i++) {
                String line = next();
                if (line == null || !line.matches("\\d{1,10}")) {
                    return null;
                }
                sizes[i] = Long.parseLong(line);
            }
            return sizes;
        }

        /** The next {@code length} bytes; null when the output ends before. */
        byte[] bytes(long length) {
            if (length > out.length - pos) {
                return null;
            }
            byte[] bytes = Arrays.copyOfRange(out, pos, pos + (int) length);
            pos += (int) length;
            return bytes;
        }
    }
}
