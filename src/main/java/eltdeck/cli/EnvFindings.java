package eltdeck.cli;

import eltdeck.env.EnvReport;
import eltdeck.env.Finding;
import eltdeck.env.Source;
import java.io.PrintWriter;
import java.util.function.Function;

/** Prints an env check's findings as {@code FILE:LINE: SEVERITY: RULE: message} with their fixes, then the summary. */
final class EnvFindings {
    private EnvFindings() {
    }

    /**
     * @param fileNames the name to print for each file a finding can point into
     */
    static void print(PrintWriter out, EnvReport report, Function<Source, String> fileNames) {
        for (Finding finding : report.findings()) {
            finding.describe(fileNames.apply(finding.source())).forEach(out::println);
        }
        out.println(report.summary(fileNames.apply(Source.ENV)));
    }
}
