package eltdeck.env;

import java.util.List;

/** What a value contains: a {@code $} compose v2 would expand, an {@code @} in the Snowflake password. */
final class ValueChecks implements Check {

    @Override
    public void run(Input input, List<Finding> findings) {
        for (EnvEntry entry : input.entries()) {
            String escaped = escapeDollars(entry.rawValue());
            if (!escaped.equals(entry.rawValue())) {
                findings.add(Rule.DOLLAR_IN_VALUE.at(Source.ENV, entry.line(),
                        entry.name() + " has a '$' in its value: compose v2 reads $WORD or ${WORD} there as a variable and"
                                + " substitutes it (compose 1.26+ does so for ${WORD})",
                        Fix.line("For compose v2 write each '$' as '$$' (compose v1 keeps '$$' as two characters),"
                                        + " or choose a value without '$'.",
                                input.schema().shownLine(entry.name(), escaped))));
            }
            if (EnvNames.isSnowflakePassword(entry.name()) && entry.rawValue().indexOf('@') >= 0) {
                findings.add(Rule.SNOWFLAKE_PASSWORD_AT.at(Source.ENV, entry.line(),
                        entry.name() + " contains '@': the flows put it into a user:password@account URL,"
                                + " where an '@' ends the password early",
                        Fix.advice("Give the Snowflake user a password without '@' (ALTER USER ... SET PASSWORD) and put that one here.")));
            }
        }
    }

    /** The value with every lone {@code $} doubled; a {@code $$} already written stays as it is. */
    private static String escapeDollars(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            escaped.append(c);
            if (c == '$') {
                boolean pair = i + 1 < value.length() && value.charAt(i + 1) == '$';
                escaped.append('$');
                if (pair) {
                    i++;
                }
            }
        }
        return escaped.toString();
    }
}
