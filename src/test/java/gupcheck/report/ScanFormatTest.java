package gupcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.rules.RuleLoader;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import gupcheck.rules.TargetScanner;
import gupcheck.source.FileSystemSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The format enum's wiring, and the fixture scans every report test shares: real ScanResults of
 * the rule fixture trees under rules/gup-forced-write/, with millis zeroed so output is stable.
 */
class ScanFormatTest {

    static final String FIXTURES = "rules/gup-forced-write/";
    static final String VERSION = "9.9.9-test";

    private static final Map<String, ScanResult> SCANS = new ConcurrentHashMap<>();
    private static RuleSet rules;

    /** The rule the fixtures were written for, alone: another rule's findings must not move the goldens. */
    static synchronized RuleSet rules() throws Exception {
        if (rules == null) {
            RuleSet all = RuleLoader.fromDirectory(Path.of("rules"));
            rules = new RuleSet(all.rules().stream().filter(r -> r.id().equals("gup-forced-write")).toList(),
                    all.contentHash());
            assertEquals(1, rules.rules().size(), "rules/gup-forced-write.yaml is missing");
        }
        return rules;
    }

    /** The scan of one fixture tree, target named by its path as the CLI would name it. */
    static ScanResult scan(String fixture) throws Exception {
        ScanResult cached = SCANS.get(fixture);
        if (cached != null) {
            return cached;
        }
        RuleSet set = rules();
        String target = FIXTURES + fixture;
        ScanResult r = new TargetScanner(set, Configuration.allEnabled(), 1)
                .scan(target, new FileSystemSource(set.treeFiles()).read(Path.of(target)));
        ScanResult.Stats s = r.stats();
        ScanResult stable = new ScanResult(r.target(), r.findings(), r.facts(),
                new ScanResult.Stats(s.files(), s.functions(), s.functionsUnparsed(), 0));
        SCANS.put(fixture, stable);
        return stable;
    }

    static String render(ScanReport report, ScanResult result) throws Exception {
        StringWriter text = new StringWriter();
        report.write(result, rules(), new PrintWriter(text));
        return text.toString();
    }

    @Test
    void eachFormatHasItsWriter() {
        assertInstanceOf(ScanTextReport.class, ScanFormat.text.writer(VERSION));
        assertInstanceOf(ScanJsonReport.class, ScanFormat.json.writer(VERSION));
        assertInstanceOf(SarifReport.class, ScanFormat.sarif.writer(VERSION));
        assertInstanceOf(GithubAnnotations.class, ScanFormat.github.writer(VERSION));
    }

    @Test
    void everyFormatWritesTheCleanTreeAndTheVersionWhereItHasOne() throws Exception {
        ScanResult clean = scan("v0-no-forcing");
        assertEquals("CLEAN", clean.verdict());
        assertTrue(clean.findings().isEmpty());
        for (ScanFormat format : ScanFormat.values()) {
            String out = render(format.writer(VERSION), clean);
            if (format == ScanFormat.github) {
                assertEquals("", out, "no finding, no annotation");
            } else {
                assertFalse(out.isBlank(), format + " wrote nothing");
            }
            if (format == ScanFormat.json || format == ScanFormat.sarif) {
                assertTrue(out.contains(VERSION), format + " lacks the tool version");
            }
        }
    }

    @Test
    void theWriterIsLeftOpenForWhatComesNext() throws Exception {
        // Jackson closes its target by default; a report must not close the caller's stdout
        ScanResult v1 = scan("v1-backport");
        for (ScanFormat format : ScanFormat.values()) {
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            format.writer(VERSION).write(v1, rules(), out);
            out.print("after");
            out.flush();
            assertFalse(out.checkError(), format + " closed the writer");
            assertTrue(text.toString().endsWith("\nafter"), format + " did not end its output with a newline");
        }
    }
}
