package eltdeck.logs;

/** Characters {@code [start, end)} of a line's plain text, drawn in one style. */
public record StyledSpan(int start, int end, TextStyle style) {
}
