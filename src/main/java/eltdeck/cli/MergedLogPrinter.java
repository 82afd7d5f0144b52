package eltdeck.cli;

import eltdeck.logs.AnsiParser;
import eltdeck.logs.TextQuery;
import eltdeck.logs.TimeOrderedMerge;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Prints merged log lines as {@code service | text}, the service names padded to one width as docker-compose does;
 * keeps ANSI colours only for a terminal, and prints only the lines the query matches (in their plain text).
 */
final class MergedLogPrinter {
    private final PrintWriter out;
    private final Map<String, String> labels;
    private final TextQuery query;
    private final boolean colours;
    private final boolean timestamps;
    private final int width;

    /**
     * @param labels each stream's label (its service)
     */
    MergedLogPrinter(PrintWriter out, Map<String, String> labels, TextQuery query, boolean colours, boolean timestamps) {
        this.out = out;
        this.labels = labels;
        this.query = query;
        this.colours = colours;
        this.timestamps = timestamps;
        this.width = labels.values().stream().mapToInt(String::length).max().orElse(0);
    }

    void print(TimeOrderedMerge.Merged merged) {
        String raw = merged.line().text();
        String plain = AnsiParser.parse(raw).plain();
        if (!query.matches(plain)) {
            return;
        }
        String label = labels.get(merged.stream());
        out.print(label + " ".repeat(width - label.length()) + " | ");
        if (timestamps) {
            out.print(merged.line().timestamp() + " ");
        }
        out.println(colours ? raw : plain);
    }
}
