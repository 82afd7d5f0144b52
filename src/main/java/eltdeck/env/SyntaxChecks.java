package eltdeck.env;

import java.util.ArrayList;
import java.util.List;

/** How each line is written: lines without {@code =}, invalid names, stray whitespace, quoted values. */
final class SyntaxChecks implements Check {
    private static final String AROUND_EQUALS = "around '='";

    @Override
    public void run(Input input, List<Finding> findings) {
        EnvFile env = input.env();
        for (int number = 1; number <= env.lines().size(); number++) {
            EnvLine line = env.line(number);
            if (line.kind() == EnvLine.Kind.MISSING_EQUALS) {
                // The text is not quoted back: a line without a name may well be a pasted password.
                findings.add(Rule.MISSING_EQUALS.at(Source.ENV, number,
                        "the line has no '=': compose reads only NAME=value lines, comments (#) and blank lines",
                        Fix.advice("Write it as NAME=value, or start it with # to make it a comment.")));
            } else if (line.isEntry() && !EnvNames.isValid(line.name())) {
                // The other rules would repeat this line's problem; fixing the name comes first.
                findings.add(invalidName(line, number, input.schema()));
            } else if (line.isEntry()) {
                strayWhitespace(line, number, input.schema(), findings);
                quotedValue(line, number, input.schema(), findings);
            }
        }
    }

    private static Finding invalidName(EnvLine line, int number, EnvSchema schema) {
        String name = line.name();
        String unexported = name.startsWith(Repair.EXPORT) ? name.substring(Repair.EXPORT.length()).strip() : "";
        if (EnvNames.isValid(unexported)) {
            return Rule.INVALID_NAME.at(Source.ENV, number,
                    "'export' is shell syntax: compose 1.25 and older read 'export " + unexported + "' as the name, so "
                            + unexported + " is not set there",
                    Fix.repair("Drop the 'export '.", Repair.DROP_EXPORT, line, schema));
        }
        if (name.isEmpty()) {
            return Rule.INVALID_NAME.at(Source.ENV, number, "the line has no name before '='",
                    Fix.advice("Put the variable's name before the '='."));
        }
        // Not quoted back: text before an '=' that is no name may be part of a pasted secret.
        return Rule.INVALID_NAME.at(Source.ENV, number,
                "the text before '=' is not a valid variable name: compose versions and shells disagree on such names",
                Fix.advice("Use letters, digits and '_' only, not starting with a digit (and the same name in the compose file)."));
    }

    private static void strayWhitespace(EnvLine line, int number, EnvSchema schema, List<Finding> findings) {
        String name = line.rawName();
        String value = line.rawValue();
        List<String> places = new ArrayList<>();
        if (!name.equals(name.stripLeading())) {
            places.add("before the name");
        }
        if (!name.equals(name.stripTrailing()) || !value.equals(value.stripLeading())) {
            places.add(AROUND_EQUALS);
        }
        if (!value.isEmpty() && !value.equals(value.stripTrailing())) {
            places.add("at the end of the line");
        }
        if (!places.isEmpty()) {
            String effect = places.contains(AROUND_EQUALS)
                    ? "compose 1.25 and older keep whitespace around '=' as part of the name or value, later versions drop it"
                    : "compose drops it, but it reads as part of the value to people and other tools";
            findings.add(Rule.STRAY_WHITESPACE.at(Source.ENV, number,
                    line.name() + " has whitespace " + String.join(" and ", places) + ": " + effect,
                    Fix.repair("Remove the whitespace.", Repair.REMOVE_WHITESPACE, line, schema)));
        }
    }

    private static void quotedValue(EnvLine line, int number, EnvSchema schema, List<Finding> findings) {
        String value = line.rawValue().strip();
        if (value.isEmpty() || (value.charAt(0) != '"' && value.charAt(0) != '\'')) {
            return;
        }
        String message = line.name()
                + " has its value in quotes: compose 1.25 and older keep them as part of the value, later versions strip them";
        char quote = value.charAt(0);
        if (value.length() >= 2 && value.charAt(value.length() - 1) == quote) {
            findings.add(Rule.QUOTED_VALUE.at(Source.ENV, number, message, Fix.repair(
                    "Remove the quotes; a value needs none, even with spaces in it.", Repair.REMOVE_QUOTES, line, schema)));
        } else {
            findings.add(Rule.QUOTED_VALUE.at(Source.ENV, number, message + " (and this quote is not closed at the end of the line)",
                    Fix.advice("Remove the quote characters around the value.")));
        }
    }
}
