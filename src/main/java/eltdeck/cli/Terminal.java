package eltdeck.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Where a command writes: raw streams for remote output, and text writers (flushed per line) for messages. */
public record Terminal(OutputStream out, OutputStream err) {

    PrintWriter outWriter() {
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    PrintWriter errWriter() {
        return new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }
}
