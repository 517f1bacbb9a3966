package gupcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.rules.RuleDefinition;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run, the rules in
 * {@code tool.driver.rules}, one result per finding with its witness path as the single
 * threadFlow of a codeFlow. Paths are relative to the tree ({@code mm/gup.c}) under the uriBaseId
 * SRCROOT, so a kernel checkout anywhere resolves them. {@code partialFingerprints} hold a hash of
 * the finding's identity (rule, kind, function, sink: no line), so an alert survives unrelated
 * line shifts. Built as a Jackson tree: the SARIF object model is large and we use a sliver of it.
 */
public final class SarifReport implements ScanReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "SRCROOT";
    static final String FINGERPRINT = "gupcheck/v1";
    /** GitHub shows at most 1,000 steps of a threadFlow. */
    static final int MAX_FLOW_STEPS = 1000;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final String toolVersion;
    private final URI sourceRoot;

    public SarifReport(String toolVersion) {
        this(toolVersion, null);
    }

    /**
     * @param sourceRoot the tree's root as an absolute directory URI ending in '/', or null when
     *                   unknown (a git ref, a patch): consumers then resolve against their checkout
     */
    public SarifReport(String toolVersion, URI sourceRoot) {
        this.toolVersion = toolVersion;
        this.sourceRoot = sourceRoot;
    }

    @Override
    public void write(ScanResult result, RuleSet rules, PrintWriter out) {
        try {
            JSON.writeValue(out, document(result, rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    public ObjectNode document(ScanResult result, RuleSet rules) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "gupcheck");
        driver.put("version", toolVersion);
        ArrayNode ruleArray = driver.putArray("rules");
        List<String> ruleIds = new ArrayList<>();
        for (RuleDefinition rule : rules.rules()) {
            ruleIds.add(rule.id());
            ruleArray.add(rule(rule));
        }

        ObjectNode root = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        if (sourceRoot != null) {
            root.put("uri", sourceRoot.toString());
        }
        root.putObject("description").put("text", "The root of the scanned kernel tree " + result.target() + ".");

        ArrayNode results = run.putArray("results");
        for (Finding f : FindingOrder.byPlace(result.findings())) {
            results.add(result(f, ruleIds.indexOf(f.rule())));
        }

        ObjectNode properties = run.putObject("properties");
        properties.put("target", result.target());
        properties.put("verdict", result.verdict());
        ObjectNode facts = properties.putObject("facts");
        new TreeMap<>(result.facts() == null ? Map.<String, Boolean>of() : result.facts()).forEach(facts::put);
        ScanResult.Stats s = result.stats();
        ObjectNode stats = properties.putObject("stats");
        stats.put("files", s.files());
        stats.put("functions", s.functions());
        stats.put("functionsUnparsed", s.functionsUnparsed());
        stats.put("millis", s.millis());
        return log;
    }

    private static ObjectNode rule(RuleDefinition rule) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.id()));
        node.putObject("shortDescription").put("text", rule.title());
        if (rule.description() != null && !rule.description().isBlank()) {
            node.putObject("fullDescription").put("text", rule.description().strip());
        }
        node.putObject("defaultConfiguration").put("level", rule.severity().label());
        return node;
    }

    private static ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ruleId", f.rule());
        if (ruleIndex >= 0) {
            node.put("ruleIndex", ruleIndex);
        }
        // gupcheck's severities are SARIF's levels by name: error, warning, note
        node.put("level", f.severity().label());
        node.putObject("message").put("text", f.message());
        node.putArray("locations").add(location(f.file(), f.line(), f.function()));
        node.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(f));
        if (!f.path().isEmpty()) {
            node.putArray("codeFlows").addObject().putArray("threadFlows").add(threadFlow(f.path()));
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("kind", f.kind());
        properties.put("sink", f.sink());
        properties.put("function", f.function());
        ArrayNode conditions = properties.putArray("conditions");
        f.conditions().forEach(conditions::add);
        return node;
    }

    /** The witness path, capped at GitHub's 1,000 steps: the start and the final test are kept. */
    private static ObjectNode threadFlow(List<PathEvent> path) {
        ObjectNode flow = JSON.createObjectNode();
        List<PathEvent> steps = path;
        if (path.size() > MAX_FLOW_STEPS) {
            steps = new ArrayList<>(path.subList(0, MAX_FLOW_STEPS - 1));
            steps.add(path.get(path.size() - 1));
            flow.putObject("message").put("text", "witness path shortened to " + MAX_FLOW_STEPS
                    + " of its " + path.size() + " steps (the last one kept)");
        }
        ArrayNode locations = flow.putArray("locations");
        for (PathEvent e : steps) {
            ObjectNode step = locations.addObject();
            ObjectNode location = location(e.file(), e.line(), e.function());
            location.putObject("message").put("text", e.describe());
            step.set("location", location);
            String kind = flowKind(e.event());
            if (kind != null) {
                step.putArray("kinds").add(kind);
            }
            ObjectNode properties = step.putObject("properties");
            properties.put("event", e.event());
            // the #if conditions of this step's line, where it has any
            if (e.presence() != null && !e.presence().isEmpty()) {
                ArrayNode conditions = properties.putArray("conditions");
                e.presence().forEach(conditions::add);
            }
        }
        return flow;
    }

    /** SARIF's well-known threadFlowLocation kinds closest to each witness-path event. */
    static String flowKind(String event) {
        return switch (event) {
            case "forcing" -> "taint";
            case "guard-missed" -> "branch";
            case "assign" -> "value";
            case "call", "lookup" -> "call";
            case "return" -> "return";
            case "flag-test" -> "danger";
            default -> null;
        };
    }

    private static ObjectNode location(String file, int line, String function) {
        ObjectNode location = JSON.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", relativeUri(file));
        artifact.put("uriBaseId", SRCROOT);
        if (line >= 1) {
            physical.putObject("region").put("startLine", line);
        }
        if (function != null) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("name", function);
            logical.put("kind", "function");
        }
        return location;
    }

    /**
     * A tree-relative path as a relative URI reference: '/'-separated, every byte outside the
     * unreserved set percent-encoded (':' too, or "a:b.c" would read as a URI scheme).
     */
    static String relativeUri(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uri.toString();
    }

    /** SHA-256 of the finding's identity, hex: stable across line shifts and gupcheck runs. */
    static String fingerprint(Finding f) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(f.identity().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** SARIF wants a readable rule name distinct from the id: gup-forced-write → GupForcedWrite. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
