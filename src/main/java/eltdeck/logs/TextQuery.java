package eltdeck.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the user typed into a filter or highlight field, as plain text or a regular expression. Never throws on
 * bad input: an invalid expression is a query with an error message, which matches every line and marks none.
 */
public final class TextQuery {
    /** The empty query: every line matches, nothing is marked. */
    public static final TextQuery MATCH_ALL = new TextQuery("", null, null);

    private final String text;
    private final Pattern pattern;
    private final String error;

    private TextQuery(String text, Pattern pattern, String error) {
        this.text = text;
        this.pattern = pattern;
        this.error = error;
    }

    public static TextQuery of(String text, boolean regex, boolean caseSensitive) {
        if (text == null || text.isEmpty()) {
            return MATCH_ALL;
        }
        int flags = (regex ? 0 : Pattern.LITERAL) | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return new TextQuery(text, Pattern.compile(text, flags), null);
        } catch (PatternSyntaxException e) {
            return new TextQuery(text, null, describe(e));
        }
    }

    /** True for the empty query, which does not narrow anything. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Why the text is not a valid regular expression, in words for the user. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** True if the line contains a match; the empty and the invalid query match every line. */
    public boolean matches(CharSequence line) {
        return pattern == null || pattern.matcher(line).find();
    }

    /** Where the line matches, in order and without overlaps; empty matches (e.g. of {@code a*}) mark nothing. */
    public List<MatchRange> find(CharSequence line) {
        if (pattern == null) {
            return List.of();
        }
        List<MatchRange> ranges = new ArrayList<>();
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                ranges.add(new MatchRange(matcher.start(), matcher.end()));
            }
        }
        return ranges;
    }

    private static String describe(PatternSyntaxException e) {
        String where = e.getIndex() < 0 ? ""
                : e.getIndex() >= e.getPattern().length() ? " at the end" : " near character " + (e.getIndex() + 1);
        return "Not a valid regular expression: " + e.getDescription().toLowerCase(Locale.ROOT) + where;
    }
}
