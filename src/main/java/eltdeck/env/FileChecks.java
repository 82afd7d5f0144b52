package eltdeck.env;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The file as a whole: a byte order mark, CRLF line breaks, names set twice. */
final class FileChecks implements Check {

    @Override
    public void run(Input input, List<Finding> findings) {
        EnvFile env = input.env();
        if (env.hasBom()) {
            findings.add(Rule.BOM.at(Source.ENV, 1,
                    "the file starts with a UTF-8 byte order mark: compose v2 releases before late 2022 reject the file,"
                            + " and a shell or dotenv reader takes it as part of the first name",
                    Fix.advice("Save the file as UTF-8 without BOM.")));
        }
        List<Integer> crlf = env.crlfLines();
        if (!crlf.isEmpty()) {
            findings.add(Rule.CRLF.at(Source.ENV, crlf.get(0),
                    crlf.size() + " of " + env.lines().size() + " lines end with CRLF (Windows line breaks): compose copes,"
                            + " but a shell or script that reads the file gets a carriage return at the end of each value",
                    Fix.advice("Save the file with LF line breaks (dos2unix).")));
        }
        Map<String, List<EnvEntry>> byName = input.entries().stream()
                .collect(Collectors.groupingBy(EnvEntry::name, LinkedHashMap::new, Collectors.toList()));
        byName.values().stream().filter(same -> same.size() > 1).forEach(same -> {
            EnvEntry last = same.get(same.size() - 1);
            same.subList(0, same.size() - 1).forEach(earlier -> findings.add(Rule.DUPLICATE_NAME.at(Source.ENV, earlier.line(),
                    earlier.name() + " is set again on line " + last.line() + "; compose uses the last one, so this line has no effect",
                    Fix.advice("Delete this line or the later one, so that " + earlier.name() + " is set once."))));
        });
    }
}
