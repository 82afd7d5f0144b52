package eltdeck.env;

import java.util.List;

/** The findings of one check, in file and line order, and which checks could not run for want of a file. */
public record EnvReport(List<Finding> findings, List<String> notChecked) {

    public EnvReport {
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** One line: {@code FILE: 2 errors, 1 warning, 0 info}, and what was not checked. */
    public String summary(String fileName) {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        String counts = errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + count(Severity.INFO) + " info";
        return fileName + ": " + counts + (notChecked.isEmpty() ? "" : "; not checked: " + String.join("; ", notChecked));
    }
}
