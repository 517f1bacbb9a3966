package gupcheck.report;

import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import gupcheck.rules.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Compiler-style text, as kernel people read gcc and smatch output: one
 * {@code file:line: level: message [rule, kind=..., sink=..., in function()]} line per finding,
 * so editors and {@code grep} jump to it, then the witness path one step per indented line (the
 * first thing a reviewer asks for), then the #if conditions the path depends on. A summary line
 * per target closes the report.
 */
public final class ScanTextReport implements ScanReport {

    static final String INDENT = "    ";

    /** Facts with a wording of their own; any other fact is shown by its key. */
    private static final Map<String, String> FACT_LABELS = Map.of("readOnlyFileThp", "read-only file THP");

    @Override
    public void write(ScanResult result, RuleSet rules, PrintWriter out) {
        for (Finding f : FindingOrder.byPlace(result.findings())) {
            out.println(headline(f));
            for (PathEvent e : f.path()) {
                out.println(INDENT + e.file() + ":" + e.line() + ": " + e.function() + "(): " + e.describe());
            }
            if (!f.conditions().isEmpty()) {
                out.println(INDENT + "conditions: " + conjunction(f.conditions()));
            }
        }
        out.println(summary(result));
        out.flush();
    }

    static String headline(Finding f) {
        return f.file() + ":" + f.line() + ": " + f.severity().label() + ": " + f.message()
                + " [" + f.rule() + ", kind=" + f.kind() + ", sink=" + f.sink() + ", in " + f.function() + "()]";
    }

    /** {@code target: AFFECTED (3 errors, 0 warnings, 1 note); read-only file THP: present; stats}. */
    static String summary(ScanResult result) {
        List<String> parts = new ArrayList<>();
        parts.add(result.verdict() + " (" + count(result, Severity.ERROR, "error") + ", "
                + count(result, Severity.WARNING, "warning") + ", " + count(result, Severity.NOTE, "note") + ")");
        // the facts with a wording of their own first (what users look for), then the rest by name
        Map<String, Boolean> facts = result.facts() == null ? Map.of() : result.facts();
        facts.keySet().stream()
                .sorted(Comparator.comparing((String key) -> !FACT_LABELS.containsKey(key)).thenComparing(key -> key))
                .forEach(key -> parts.add(FACT_LABELS.getOrDefault(key, key) + ": "
                        + (Boolean.TRUE.equals(facts.get(key)) ? "present" : "absent")));
        ScanResult.Stats s = result.stats();
        parts.add(plural(s.files(), "file") + ", " + plural(s.functions(), "function") + ", "
                + s.functionsUnparsed() + " unparsed, " + s.millis() + " ms");
        return result.target() + ": " + String.join("; ", parts);
    }

    /** Conditions joined with &&; a compound one is parenthesized so the conjunction reads right. */
    static String conjunction(List<String> conditions) {
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        List<String> terms = new ArrayList<>();
        for (String c : conditions) {
            terms.add(c.contains("||") || c.contains("?") ? "(" + c + ")" : c);
        }
        return String.join(" && ", terms);
    }

    private static String count(ScanResult result, Severity severity, String noun) {
        return plural((int) result.findings().stream().filter(f -> f.severity() == severity).count(), noun);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
