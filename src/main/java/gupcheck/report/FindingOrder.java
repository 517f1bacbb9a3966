package gupcheck.report;

import gupcheck.rules.Finding;
import java.util.Comparator;
import java.util.List;

/**
 * The orders reports list findings in. The engine's order is an implementation detail; a report
 * sorts so that the same tree always gives byte-identical output (diffable, golden-testable).
 */
final class FindingOrder {

    /** As a compiler prints: by file and line; ties by severity, kind and sink. */
    static final Comparator<Finding> BY_PLACE = Comparator
            .comparing((Finding f) -> orEmpty(f.file()))
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::severity)
            .thenComparing(f -> orEmpty(f.kind()))
            .thenComparing(f -> orEmpty(f.sink()));

    /** Most severe first: GitHub shows only the first ~10 annotations of each level. */
    static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity).thenComparing(BY_PLACE);

    private FindingOrder() {
    }

    static List<Finding> byPlace(List<Finding> findings) {
        return findings.stream().sorted(BY_PLACE).toList();
    }

    static List<Finding> bySeverity(List<Finding> findings) {
        return findings.stream().sorted(BY_SEVERITY).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
