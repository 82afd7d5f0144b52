package eltdeck.ui.logs;

import eltdeck.logs.LogLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * Adds a batch of lines to a list kept in {@link LogLine#TIME_ORDER}, in as few list changes as possible (a
 * list view redraws once per change), and keeps the list within its limit by dropping its oldest lines.
 */
final class TimeOrderedMerge {
    private TimeOrderedMerge() {
    }

    /** @param batch lines sorted in time order, none of them in the list yet */
    static void mergeInto(ObservableList<LogLine> list, List<LogLine> batch, int limit) {
        if (batch.isEmpty()) {
            return;
        }
        int size = list.size();
        if (size == 0 || LogLine.TIME_ORDER.compare(list.get(size - 1), batch.get(0)) < 0) {
            // The usual case while following: everything new is newer than what is shown.
            list.addAll(batch.size() > limit ? batch.subList(batch.size() - limit, batch.size()) : batch);
        } else {
            // A stream's history arrived after newer lines of another stream: merge into the tail.
            int at = -Collections.binarySearch(list, batch.get(0), LogLine.TIME_ORDER) - 1;
            List<LogLine> merged = merge(new ArrayList<>(list.subList(at, size)), batch);
            list.remove(at, size);
            list.addAll(merged);
        }
        int excess = list.size() - limit;
        if (excess > 0) {
            list.remove(0, excess);
        }
    }

    private static List<LogLine> merge(List<LogLine> a, List<LogLine> b) {
        List<LogLine> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            merged.add(LogLine.TIME_ORDER.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
        }
        merged.addAll(a.subList(i, a.size()));
        merged.addAll(b.subList(j, b.size()));
        return merged;
    }
}
