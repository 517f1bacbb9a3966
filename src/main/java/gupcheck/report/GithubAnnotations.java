package gupcheck.report;

import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import gupcheck.rules.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * {@code ::error file=mm/gup.c,line=169,title=gup-forced-write (file-thp)::message — path: a → b}.
 * Errors come first because GitHub shows only about ten annotations of each level per step.
 * An annotation fails nothing: the exit code does.
 */
public final class GithubAnnotations implements ScanReport {

    @Override
    public void write(ScanResult result, RuleSet rules, PrintWriter out) {
        for (Finding f : FindingOrder.bySeverity(result.findings())) {
            out.println(annotation(f));
        }
        out.flush();
    }

    static String annotation(Finding f) {
        String properties = "file=" + escapeProperty(f.file())
                + (f.line() >= 1 ? ",line=" + f.line() : "")
                + ",title=" + escapeProperty(f.rule() + " (" + f.kind() + ")");
        return "::" + command(f.severity()) + " " + properties + "::" + escapeData(message(f));
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** The message, then the functions the flag travels through, then the #if conditions. */
    static String message(Finding f) {
        StringBuilder text = new StringBuilder(f.message());
        List<String> functions = new ArrayList<>();
        for (PathEvent e : f.path()) {
            // one name per function entered: consecutive steps in one function collapse
            if (functions.isEmpty() || !functions.get(functions.size() - 1).equals(e.function())) {
                functions.add(e.function());
            }
        }
        if (!functions.isEmpty()) {
            text.append(" — path: ").append(String.join(" → ", functions));
        }
        if (!f.conditions().isEmpty()) {
            text.append(" — conditions: ").append(ScanTextReport.conjunction(f.conditions()));
        }
        return text.toString();
    }

    /** The runner's escaping of a command's message: % first, or the other escapes would be doubled. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values also end at ':' and ',', so those are escaped too. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
