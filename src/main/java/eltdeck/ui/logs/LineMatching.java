package eltdeck.ui.logs;

import eltdeck.logs.LogLine;
import eltdeck.logs.TextQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which log lines pass a filter: the new lines of a pulse, or the newest ones of the whole buffer when the filter
 * changes (bounded, so that a re-filter of a long log tests only lines that can still be shown).
 */
final class LineMatching {
    private LineMatching() {
    }

    /** The lines that match, in order; the same list when the query is empty. */
    static List<LogLine> matching(List<LogLine> lines, TextQuery query) {
        if (query.isEmpty()) {
            return lines;
        }
        List<LogLine> matching = new ArrayList<>();
        for (LogLine line : lines) {
            if (query.matches(line.plainText())) {
                matching.add(line);
            }
        }
        return matching;
    }

    /** The newest {@code limit} matching lines, oldest first, without testing lines that cannot make it. */
    static List<LogLine> newestMatching(List<LogLine> lines, TextQuery query, int limit) {
        List<LogLine> newest = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && newest.size() < limit; i--) {
            if (query.matches(lines.get(i).plainText())) {
                newest.add(lines.get(i));
            }
        }
        Collections.reverse(newest);
        return newest;
    }
}
