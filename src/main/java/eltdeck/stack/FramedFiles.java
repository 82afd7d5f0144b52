package eltdeck.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code read-env-files.sh} printed: the home directory, then one part a file, each a header line and, for a file
 * that was read, exactly as many bytes as the header says. Content is never searched for a marker, so no content can
 * end a part early.
 */
final class FramedFiles {
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

    /** Parses as many whole parts as there are; output cut short leaves the rest out (see {@link #complete}). */
    static FramedFiles parse(byte[] out, int expected) {
        Reader reader = new Reader(out);
        String first = reader.line();
        String home = first != null && first.startsWith("H ") ? first.substring(2) : "";
        List<Part> parts = new ArrayList<>();
        for (String header = reader.line(); header != null; header = reader.line()) {
            Part part = reader.part(header);
            if (part == null) {
                break;
            }
            parts.add(part);
        }
        return new FramedFiles(home, parts, expected);
    }

    String home() {
        return home;
    }

    /** Whether every file asked for has its part. */
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
            throw new IOException(path + " changed on the VM while it was read; read it again.");
        }
        return part.content() == null ? Optional.empty() : Optional.of(new RemoteFiles.Snapshot(path, part.content()));
    }

    private static final class Reader {
        private final byte[] out;
        private int pos;

        Reader(byte[] out) {
            this.out = out;
        }

        /** The next line without its newline; null at the end or when the line is not ended. */
        String line() {
            int end = pos;
            while (end < out.length && out[end] != '\n') {
                end++;
            }
            if (end == out.length) {
                return null;
            }
            String line = new String(out, pos, end - pos, StandardCharsets.UTF_8);
            pos = end + 1;
            return line;
        }

        /** The part that {@code header} begins; null when it is not a header or the part is cut short. */
        Part part(String header) {
            if (header.equals("M")) {
                return new Part(null, null, false);
            }
            if (header.startsWith("E ")) {
                return new Part(null, header.substring(2).strip(), false);
            }
            if (!header.matches("F \\d{1,10}")) {
                return null;
            }
            long length = Long.parseLong(header.substring(2));
            if (length > out.length - pos - 1) {
                return null;
            }
            byte[] content = java.util.Arrays.copyOfRange(out, pos, pos + (int) length);
            pos += (int) length;
            String separator = line();
            String status = line();
            if (!"".equals(separator) || !("=".equals(status) || "~".equals(status))) {
                return null;
            }
            return new Part(content, null, status.equals("~"));
        }
    }
}
