package gupcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gupcheck.rules.Finding;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code scan} JSON of the architecture contract, one target per document. Users' scripts
 * read it, so fields are only ever added: {@code facts} (every target fact, readOnlyFileThp
 * included) is such an addition after the contract's fields. Findings serialize through their
 * own Jackson annotations, so this document and the model cannot drift apart.
 */
public final class ScanJsonReport implements ScanReport {

    /** The fact the contract lifts to the top level. */
    static final String READ_ONLY_FILE_THP = "readOnlyFileThp";

    @JsonPropertyOrder({"name", "version"})
    public record Tool(String name, String version) { }

    /** Its own record rather than ScanResult.Stats, so the contract's field order is fixed here. */
    @JsonPropertyOrder({"files", "functions", "functionsUnparsed", "millis"})
    public record Stats(int files, int functions, int functionsUnparsed, long millis) { }

    @JsonPropertyOrder({"tool", "target", "verdict", "readOnlyFileThp", "findings", "stats", "facts"})
    public record Document(Tool tool, String target, String verdict, boolean readOnlyFileThp,
                           List<Finding> findings, Stats stats, Map<String, Boolean> facts) { }

    // the caller owns the writer (it may be stdout with more to come): Jackson must not close it
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final String toolVersion;

    public ScanJsonReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public Document document(ScanResult result) {
        Map<String, Boolean> facts = new TreeMap<>(result.facts() == null ? Map.of() : result.facts());
        ScanResult.Stats s = result.stats();
        return new Document(new Tool("gupcheck", toolVersion), result.target(), result.verdict(),
                Boolean.TRUE.equals(facts.get(READ_ONLY_FILE_THP)),
                FindingOrder.byPlace(result.findings()),
                new Stats(s.files(), s.functions(), s.functionsUnparsed(), s.millis()), facts);
    }

    @Override
    public void write(ScanResult result, RuleSet rules, PrintWriter out) {
        try {
            JSON.writeValue(out, document(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
