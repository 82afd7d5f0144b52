package eltdeck.env;

import java.util.List;

/** What a value contains: a {@code $} compose v2 would expand, an {@code @} in the Snowflake password. */
final class ValueChecks implements Check {

    @Override
    public void run(Input input, List<Finding> findings) {
        for (EnvEntry entry : input.entries()) {
            if (!Repair.escapeDollars(entry.rawValue()).equals(entry.rawValue())) {
                findings.add(Rule.DOLLAR_IN_VALUE.at(Source.ENV, entry.line(),
                        entry.name() + " has a '$' in its value: compose v2 reads $WORD or ${WORD} there as a variable and"
                                + " substitutes it (compose 1.26+ does so for ${WORD})",
                        Fix.repair("For compose v2 write each '$' as '$$' (compose v1 keeps '$$' as two characters),"
                                        + " or choose a value without '$'.",
                                Repair.DOUBLE_DOLLARS, input.env().line(entry.line()), input.schema())));
            }
            if (EnvNames.isSnowflakePassword(entry.name()) && entry.rawValue().indexOf('@') >= 0) {
                findings.add(Rule.SNOWFLAKE_PASSWORD_AT.at(Source.ENV, entry.line(),
                        entry.name() + " contains '@': the flows put it into a user:password@account URL,"
                                + " where an '@' ends the password early",
                        Fix.advice("Give the Snowflake user a password without '@' (ALTER USER ... SET PASSWORD) and put that one here.")));
            }
        }
    }
}
