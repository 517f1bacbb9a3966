package gupcheck.report;

import static gupcheck.report.ScanFormatTest.render;
import static gupcheck.report.ScanFormatTest.rules;
import static gupcheck.report.ScanFormatTest.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.rules.ScanResult;
import gupcheck.rules.Severity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SARIF output checked against the official OASIS SARIF 2.1.0 schema (errata 01, kept in
 * src/test/resources/sarif/), with a deliberately broken document to prove the check can fail.
 */
class SarifReportTest {

    /** The schema's own id: mapped to the copy on the classpath, so nothing is fetched. */
    private static final String SCHEMA_ID_PREFIX = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        // the official file declares draft-04 ("$schema": "http://json-schema.org/draft-04/schema#")
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID_PREFIX, "classpath:sarif/")));
        schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + "sarif-schema-2.1.0.json"));
    }

    private static JsonNode sarif(ScanResult result) throws Exception {
        return JSON.readTree(render(new SarifReport(ScanFormatTest.VERSION), result));
    }

    private static Set<ValidationMessage> problems(JsonNode document) {
        return schema.validate(document);
    }

    @Test
    void theSchemaIsTheOfficialOne() {
        JsonNode s = schema.getSchemaNode();
        assertEquals("http://json-schema.org/draft-04/schema#", s.get("$schema").textValue());
        assertEquals(SCHEMA_ID_PREFIX + "sarif-schema-2.1.0.json", s.get("id").textValue());
        assertEquals(52, s.get("definitions").size());
    }

    @Test
    void fixtureScansAreValidSarif() throws Exception {
        for (String fixture : List.of("v1-backport", "v0-no-forcing", "x1-forcing-under-ifdef")) {
            assertEquals(Set.of(), problems(sarif(scan(fixture))), fixture);
        }
    }

    @Test
    void aBrokenDocumentFailsValidation() throws Exception {
        JsonNode valid = sarif(scan("v1-backport"));
        assertEquals(Set.of(), problems(valid));
        assertInvalid(valid, d -> result(d, 0).remove("message"), "a result without its message");
        assertInvalid(valid, d -> result(d, 0).put("level", "fatal"), "a level SARIF does not have");
        assertInvalid(valid, d -> result(d, 1).put("bogus", true), "a property the result object does not define");
        assertInvalid(valid, d -> ((ArrayNode) result(d, 2).get("codeFlows").get(0).get("threadFlows").get(0)
                .get("locations")).removeAll(), "an empty threadFlow");
        assertInvalid(valid, d -> ((ObjectNode) result(d, 3).get("locations").get(0).get("physicalLocation")
                .get("region")).put("startLine", 0), "line 0");
        assertInvalid(valid, d -> ((ObjectNode) d).put("version", "2.0.0"), "another SARIF version");
    }

    private static void assertInvalid(JsonNode valid, Consumer<JsonNode> breakIt, String what) {
        JsonNode broken = valid.deepCopy();
        breakIt.accept(broken);
        assertFalse(problems(broken).isEmpty(), "the schema accepted " + what);
    }

    private static ObjectNode result(JsonNode document, int i) {
        return (ObjectNode) document.get("runs").get(0).get("results").get(i);
    }

    @Test
    void runDescribesTheToolItsRulesAndTheSourceRoot() throws Exception {
        JsonNode run = sarif(scan("v1-backport")).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("gupcheck", driver.get("name").textValue());
        assertEquals(ScanFormatTest.VERSION, driver.get("version").textValue());
        assertFalse(driver.has("informationUri"));
        // every rule of the run is listed, in the rule set's order
        assertEquals(rules().rules().size(), driver.get("rules").size());
        JsonNode rule = driver.get("rules").get(ruleIndex("gup-forced-write"));
        assertEquals("gup-forced-write", rule.get("id").textValue());
        assertEquals("GupForcedWrite", rule.get("name").textValue());
        assertEquals(rules().rules().get(ruleIndex("gup-forced-write")).title(),
                rule.get("shortDescription").get("text").textValue());
        assertTrue(rule.get("fullDescription").get("text").textValue().startsWith("get_user_pages adds FOLL_WRITE"));
        assertEquals("error", rule.get("defaultConfiguration").get("level").textValue());
        assertTrue(run.get("originalUriBaseIds").has("SRCROOT"));
        assertEquals("AFFECTED", run.get("properties").get("verdict").textValue());
    }

    @Test
    void eachFindingIsAResultWithItsWitnessPathAsOneThreadFlow() throws Exception {
        ScanResult v1 = scan("v1-backport");
        JsonNode results = sarif(v1).get("runs").get(0).get("results");
        assertEquals(4, results.size());
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("level").textValue()));
        assertEquals(List.of("error", "error", "error", "note"), levels);

        JsonNode thp = results.get(2);
        Finding finding = v1.findings().stream().filter(f -> f.kind().equals("file-thp")).findFirst().orElseThrow();
        assertEquals("gup-forced-write", thp.get("ruleId").textValue());
        assertEquals(ruleIndex("gup-forced-write"), thp.get("ruleIndex").intValue());
        assertEquals(finding.message(), thp.get("message").get("text").textValue());
        JsonNode physical = thp.get("locations").get(0).get("physicalLocation");
        assertEquals("mm/gup.c", physical.get("artifactLocation").get("uri").textValue());
        assertEquals("SRCROOT", physical.get("artifactLocation").get("uriBaseId").textValue());
        assertEquals(173, physical.get("region").get("startLine").intValue());
        assertEquals(sha256("gup-forced-write|file-thp|__get_user_pages|follow_trans_huge_pmd"),
                thp.get("partialFingerprints").get("gupcheck/v1").textValue());
        JsonNode properties = thp.get("properties");
        assertEquals("file-thp", properties.get("kind").textValue());
        assertEquals("follow_trans_huge_pmd", properties.get("sink").textValue());
        assertEquals("__get_user_pages", properties.get("function").textValue());
        assertTrue(properties.get("conditions").isArray());

        assertEquals(1, thp.get("codeFlows").size());
        assertEquals(1, thp.get("codeFlows").get(0).get("threadFlows").size());
        JsonNode steps = thp.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
        assertEquals(finding.path().size(), steps.size());
        for (int i = 0; i < steps.size(); i++) {
            PathEvent e = finding.path().get(i);
            JsonNode location = steps.get(i).get("location");
            assertEquals(e.describe(), location.get("message").get("text").textValue());
            assertEquals(e.file(), location.get("physicalLocation").get("artifactLocation").get("uri").textValue());
            assertEquals(e.line(), location.get("physicalLocation").get("region").get("startLine").intValue());
            assertEquals(e.event(), steps.get(i).get("properties").get("event").textValue());
        }
        assertEquals("taint", steps.get(0).get("kinds").get(0).textValue());
        assertEquals("danger", steps.get(steps.size() - 1).get("kinds").get(0).textValue());
    }

    @Test
    void conditionsAreCarriedInTheResultProperties() throws Exception {
        JsonNode x1 = sarif(scan("x1-forcing-under-ifdef")).get("runs").get(0).get("results").get(0);
        assertEquals("CONFIG_GUP_FORCE_COW", x1.get("properties").get("conditions").get(0).textValue());
        JsonNode forcing = x1.get("codeFlows").get(0).get("threadFlows").get(0).get("locations").get(0);
        assertEquals("CONFIG_GUP_FORCE_COW", forcing.get("properties").get("conditions").get(0).textValue(),
                "a step carries the #if conditions of its own line");
    }

    @Test
    void fingerprintsIgnoreLineShiftsButNotTheSink() {
        Finding f = finding(169, "follow_trans_huge_pmd", List.of());
        assertEquals(SarifReport.fingerprint(f), SarifReport.fingerprint(finding(230, "follow_trans_huge_pmd", List.of())));
        assertNotEquals(SarifReport.fingerprint(f), SarifReport.fingerprint(finding(169, "follow_page_pte", List.of())));
    }

    @Test
    void aLongWitnessPathIsCappedAtGithubsThousandStepsKeepingTheLast() throws Exception {
        List<PathEvent> path = new ArrayList<>();
        path.add(new PathEvent("mm/gup.c", 10, "start", "forcing", "flags |= FOLL_WRITE", List.of()));
        for (int i = 0; i < 1498; i++) {
            path.add(new PathEvent("mm/gup.c", 20 + i, "f" + i, "call", "f" + (i + 1) + "(flags)", List.of()));
        }
        path.add(new PathEvent("mm/hugetlb.c", 5, "end", "flag-test", "flags & FOLL_WRITE", List.of()));
        ScanResult result = new ScanResult("long", List.of(finding(10, "follow_hugetlb_page", path)),
                Map.of("readOnlyFileThp", false), new ScanResult.Stats(2, 1500, 0, 0));
        JsonNode document = sarif(result);
        assertEquals(Set.of(), problems(document));
        JsonNode flow = result(document, 0).get("codeFlows").get(0).get("threadFlows").get(0);
        assertEquals(SarifReport.MAX_FLOW_STEPS, flow.get("locations").size());
        assertEquals("tested here: flags & FOLL_WRITE",
                flow.get("locations").get(999).get("location").get("message").get("text").textValue());
        assertTrue(flow.get("message").get("text").textValue().contains("1500"));
    }

    @Test
    void pathsBecomeRelativeUriReferencesAndAKnownRootIsGiven() throws Exception {
        assertEquals("mm/gup.c", SarifReport.relativeUri("mm/gup.c"));
        assertEquals("drivers/a%20b.c", SarifReport.relativeUri("drivers/a b.c"));
        assertEquals("a%3Ab.c", SarifReport.relativeUri("a:b.c"));
        assertEquals("mm/%C3%A9.c", SarifReport.relativeUri("mm/é.c"));

        URI root = URI.create("file:///src/linux-5.4/");
        JsonNode document = JSON.readTree(render(new SarifReport("1", root), scan("v1-backport")));
        assertEquals(Set.of(), problems(document));
        assertEquals(root.toString(),
                document.get("runs").get(0).get("originalUriBaseIds").get("SRCROOT").get("uri").textValue());
    }

    private static int ruleIndex(String id) throws Exception {
        List<String> ids = rules().rules().stream().map(r -> r.id()).toList();
        assertTrue(ids.contains(id), id + " is not among the rules " + ids);
        return ids.indexOf(id);
    }

    private static Finding finding(int line, String sink, List<PathEvent> path) {
        return new Finding("gup-forced-write", Severity.ERROR, "hugetlb", "mm/gup.c", line, "__get_user_pages",
                sink, "message", List.of(), path);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
