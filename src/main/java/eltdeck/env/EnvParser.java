package eltdeck.env;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a {@code .env} file into lines without losing a byte: a leading UTF-8 byte
 * order mark is set aside, and each line keeps its own line break, so that
 * {@code parse(text).render()} equals {@code text} for any text. Never fails: lines it cannot read
 * as {@code NAME=value} become {@link EnvLine.Kind#MISSING_EQUALS} lines for the rules to report.
 */
public final class EnvParser {
    private EnvParser() {
    }

    public static EnvFile parse(String text) {
        boolean bom = text.startsWith(EnvFile.BOM);
        String body = bom ? text.substring(EnvFile.BOM.length()) : text;
        List<EnvLine> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int newline = body.indexOf('\n', start);
            if (newline < 0) {
                lines.add(new EnvLine(body.substring(start), ""));
                break;
            }
            boolean crlf = newline > start && body.charAt(newline - 1) == '\r';
            lines.add(new EnvLine(body.substring(start, crlf ? newline - 1 : newline), crlf ? "\r\n" : "\n"));
            start = newline + 1;
        }
        return new EnvFile(bom, lines);
    }
}
