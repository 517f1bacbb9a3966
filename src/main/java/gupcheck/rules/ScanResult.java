package gupcheck.rules;

import java.util.List;
import java.util.Map;

/**
 * The rules' verdict on one target. {@code facts} holds the rules' target facts, such as
 * {@code readOnlyFileThp}: whether the files mention the symbol the rule names for it.
 */
public record ScanResult(String target, List<Finding> findings, Map<String, Boolean> facts, Stats stats) {

    public record Stats(int files, int functions, int functionsUnparsed, long millis) { }

    public boolean affected() {
        return findings.stream().anyMatch(f -> f.severity().affects());
    }

    public String verdict() {
        return affected() ? "AFFECTED" : "CLEAN";
    }
}
