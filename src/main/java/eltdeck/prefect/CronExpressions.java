package eltdeck.prefect;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.util.Locale;

/** Five-field Unix cron, as Prefect 1's croniter reads it: parsing with a clear error, and a description in words. */
final class CronExpressions {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronDescriptor WORDS = CronDescriptor.instance(Locale.UK);

    private CronExpressions() {
    }

    /** The parsed expression; IllegalArgumentException saying what is wrong and how a good one looks. */
    static Cron parse(String expression) {
        try {
            return PARSER.parse(expression.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + expression + "' is not a cron expression (" + e.getMessage()
                    + "). Give five fields: minute hour day-of-month month day-of-week, e.g. '0 2 * * *' for 02:00 every day.");
        }
    }

    /** "At 02:00, every day", "Every 15 minutes", "At 06:00 every day between Monday and Friday". */
    static String describe(String expression) {
        String[] fields = expression.strip().split("\\s+");
        String words = WORDS.describe(parse(expression))
                .replaceAll("at (\\d+) day", "on day $1 of the month")
                .replaceAll("at (\\w+day) day", "on $1s");
        boolean everyDay = fields.length == 5 && "*".equals(fields[2]) && "*".equals(fields[4]) && "*".equals(fields[3]);
        if (everyDay && words.startsWith("at ") && !words.contains("every")) {
            words += ", every day";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
