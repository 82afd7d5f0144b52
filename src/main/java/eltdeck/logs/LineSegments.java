package eltdeck.logs;

import java.util.ArrayList;
import java.util.List;

/** Cuts a styled line where its style changes and where highlights begin or end, so each piece has one look. */
public final class LineSegments {
    private LineSegments() {
    }

    /** Characters {@code [start, end)} of the plain text, in one style, highlighted or not. */
    public record Segment(int start, int end, TextStyle style, boolean highlighted) {
    }

    /** @param highlights ranges in order and without overlaps, as {@link TextQuery#find} gives them */
    public static List<Segment> of(StyledText text, List<MatchRange> highlights) {
        List<Segment> segments = new ArrayList<>();
        int next = 0;
        for (StyledSpan span : text.spans()) {
            int at = span.start();
            while (at < span.end()) {
                while (next < highlights.size() && highlights.get(next).end() <= at) {
                    next++;
                }
                MatchRange range = next < highlights.size() ? highlights.get(next) : null;
                boolean inside = range != null && range.start() <= at;
                int boundary = range == null ? span.end() : inside ? range.end() : range.start();
                int end = Math.min(span.end(), boundary);
                segments.add(new Segment(at, end, span.style(), inside));
                at = end;
            }
        }
        return segments;
    }
}
