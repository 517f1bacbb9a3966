package gupcheck.report;

import gupcheck.rules.BranchScanner;
import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.rules.ScanResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matrix a maintainer reads before a backport: one row per ref (verdict, findings per
 * kind, read-only file THP), then the findings of each distinct result once, with its refs.
 */
public final class BranchesTextReport {

    private BranchesTextReport() {
    }

    public static void write(String repository, BranchScanner.Result scan, PrintWriter out) {
        List<BranchScanner.Row> rows = scan.rows();
        List<String> kinds = kinds(rows);
        int refWidth = Math.max(3, rows.stream().mapToInt(r -> r.ref().length()).max().orElse(3));
        BranchScanner.Stats s = scan.stats();
        out.printf("gupcheck branches: %s: %d refs, %d distinct targets, %d distinct blobs (%d parsed, %d targets from cache), %d ms%n%n",
                repository, s.refs(), s.distinctTargets(), s.distinctBlobs(), s.parsed(), s.cacheHits(), s.millis());
        StringBuilder header = new StringBuilder(String.format("%-" + refWidth + "s  %-12s  %-8s", "REF", "COMMIT", "VERDICT"));
        kinds.forEach(k -> header.append(String.format("  %8s", k.toUpperCase(java.util.Locale.ROOT))));
        header.append("  RO-FILE-THP");
        out.println(header);
        for (BranchScanner.Row row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-" + refWidth + "s  %-12s  %-8s", row.ref(),
                    row.commit().substring(0, 12), row.verdict()));
            for (String kind : kinds) {
                long count = row.result() == null ? 0 : row.result().findings().stream().filter(f -> f.kind().equals(kind)).count();
                line.append(String.format("  %8s", row.result() == null ? "-" : Long.toString(count)));
            }
            line.append("  ").append(row.result() == null ? "-" : readOnlyThp(row.result()));
            if (row.problem() != null) {
                line.append("  (").append(row.problem()).append(')');
            }
            out.println(line.toString().stripTrailing());
        }
        for (Map.Entry<ScanResult, List<String>> group : distinctResults(rows).entrySet()) {
            if (group.getKey().findings().isEmpty()) {
                continue;
            }
            out.printf("%n%s in %s:%n", group.getKey().verdict(), String.join(", ", group.getValue()));
            for (Finding f : group.getKey().findings()) {
                out.printf("  %s:%d: %s: %s [%s, kind=%s, sink=%s, in %s()]%n", f.file(), f.line(), f.severity().label(),
                        f.message(), f.rule(), f.kind(), f.sink(), f.function());
                for (PathEvent e : f.path()) {
                    out.printf("      %s:%d: %s(): %s%n", e.file(), e.line(), e.function(), e.describe());
                }
                if (!f.conditions().isEmpty()) {
                    out.printf("      conditions: %s%n", String.join(" && ", f.conditions()));
                }
            }
        }
        out.flush();
    }

    static String readOnlyThp(ScanResult result) {
        Boolean present = result.facts().get("readOnlyFileThp");
        return present == null ? "-" : present ? "present" : "absent";
    }

    static List<String> kinds(List<BranchScanner.Row> rows) {
        Set<String> kinds = new LinkedHashSet<>();
        rows.stream().filter(r -> r.result() != null)
                .forEach(r -> r.result().findings().forEach(f -> kinds.add(f.kind())));
        return new ArrayList<>(kinds);
    }

    /** Results shared by several refs (the same blobs) are shown once; identity, not equality. */
    static Map<ScanResult, List<String>> distinctResults(List<BranchScanner.Row> rows) {
        Map<ScanResult, List<String>> groups = new java.util.IdentityHashMap<>();
        Map<ScanResult, List<String>> ordered = new LinkedHashMap<>();
        for (BranchScanner.Row row : rows) {
            if (row.result() != null) {
                List<String> refs = groups.computeIfAbsent(row.result(), k -> new ArrayList<>());
                refs.add(row.ref());
                ordered.putIfAbsent(row.result(), refs);
            }
        }
        return ordered;
    }
}
