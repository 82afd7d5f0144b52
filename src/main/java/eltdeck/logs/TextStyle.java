package eltdeck.logs;

/** How a run of log text looks: colours (null for the view's default) and attributes. Immutable. */
public record TextStyle(AnsiColor foreground, AnsiColor background, boolean bold, boolean faint, boolean italic,
                        boolean underline) {
    public static final TextStyle PLAIN = new TextStyle(null, null, false, false, false, false);
}
