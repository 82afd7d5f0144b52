package eltdeck.logs;

/** Characters {@code [start, end)} of a line's plain text that a query matched. */
public record MatchRange(int start, int end) {
}
