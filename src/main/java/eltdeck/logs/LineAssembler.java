package eltdeck.logs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a byte stream, in chunks cut anywhere (through a UTF-8 character, between CR and LF), into lines.
 * LF, CRLF and a lone CR each end a line; bytes that are not UTF-8 become U+FFFD. A line longer than the
 * maximum is cut into several, so a stream without newlines cannot grow memory. Not thread-safe: one reader.
 */
public final class LineAssembler {
    /** Docker's own log drivers cut lines at 16 KiB as well. */
    public static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024;

    private final int maxLineChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    /** The start of a UTF-8 character whose remaining bytes are in the next chunk (at most 3 bytes). */
    private ByteBuffer carry = ByteBuffer.allocate(0);
    private final StringBuilder line = new StringBuilder();
    private boolean afterCr;

    public LineAssembler() {
        this(DEFAULT_MAX_LINE_CHARS);
    }

    public LineAssembler(int maxLineChars) {
        if (maxLineChars < 2) {
            throw new IllegalArgumentException("a line must hold at least 2 characters, not " + maxLineChars);
        }
        this.maxLineChars = maxLineChars;
    }

    /** The lines this chunk completes, oldest first. */
    public List<String> feed(byte[] bytes, int offset, int length) {
        ByteBuffer input;
        if (carry.hasRemaining()) {
            input = ByteBuffer.allocate(carry.remaining() + length);
            input.put(carry).put(bytes, offset, length).flip();
        } else {
            input = ByteBuffer.wrap(bytes, offset, length);
        }
        List<String> lines = new ArrayList<>();
        decode(input, false, lines);
        carry = ByteBuffer.allocate(input.remaining()).put(input).flip();
        return lines;
    }

    /** At the end of the stream: the last line if it had no line break, after any unfinished character. */
    public List<String> finish() {
        List<String> lines = new ArrayList<>();
        decode(carry, true, lines);
        carry = ByteBuffer.allocate(0);
        chars.clear();
        decoder.flush(chars);
        consume(lines);
        decoder.reset();
        if (line.length() > 0) {
            emit(lines);
        }
        afterCr = false;
        return lines;
    }

    private void decode(ByteBuffer input, boolean endOfInput, List<String> lines) {
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(input, chars, endOfInput);
            consume(lines);
        } while (result.isOverflow());
    }

    private void consume(List<String> lines) {
        chars.flip();
        while (chars.hasRemaining()) {
            char c = chars.get();
            boolean lfEndsCrlf = afterCr;
            afterCr = false;
            if (c == '\n') {
                if (!lfEndsCrlf) {
                    emit(lines);
                }
            } else if (c == '\r') {
                emit(lines);
                afterCr = true;
            } else {
                // Cut before a character that would go past the maximum, never inside a surrogate pair.
                if (line.length() >= maxLineChars && !Character.isLowSurrogate(c)) {
                    emit(lines);
                }
                line.append(c);
            }
        }
    }

    private void emit(List<String> lines) {
        lines.add(line.toString());
        line.setLength(0);
    }
}
