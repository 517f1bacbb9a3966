package gupcheck.report;

import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import java.io.PrintWriter;

/**
 * Writes one target's scan result in one format. The rule set is passed because some formats
 * describe the rules themselves (SARIF lists them in {@code tool.driver.rules}).
 */
@FunctionalInterface
public interface ScanReport {

    void write(ScanResult result, RuleSet rules, PrintWriter out);
}
