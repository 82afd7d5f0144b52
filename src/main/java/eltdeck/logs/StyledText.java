package eltdeck.logs;

import java.util.List;

/** A line's text with its escape sequences taken out, and the spans (covering all of it, in order) that style it. */
public record StyledText(String plain, List<StyledSpan> spans) {
    public StyledText {
        spans = List.copyOf(spans);
    }

    /** Text without any styling. */
    public static StyledText plain(String text) {
        return new StyledText(text, text.isEmpty() ? List.of() : List.of(new StyledSpan(0, text.length(), TextStyle.PLAIN)));
    }
}
