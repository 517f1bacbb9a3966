package gupcheck.report;

import static gupcheck.report.ScanFormatTest.render;
import static gupcheck.report.ScanFormatTest.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scan JSON against the architecture contract: field names, order and types. */
class ScanJsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String fixture) throws Exception {
        return JSON.readTree(render(new ScanJsonReport(ScanFormatTest.VERSION), scan(fixture)));
    }

    @Test
    void topLevelFieldsAreTheContractsInItsOrderThenAdditions() throws Exception {
        JsonNode doc = json("v1-backport");
        assertEquals(List.of("tool", "target", "verdict", "readOnlyFileThp", "findings", "stats", "facts"), names(doc));
        assertEquals(List.of("name", "version"), names(doc.get("tool")));
        assertEquals("gupcheck", doc.get("tool").get("name").textValue());
        assertEquals(ScanFormatTest.VERSION, doc.get("tool").get("version").textValue());
        assertEquals("rules/gup-forced-write/v1-backport", doc.get("target").textValue());
        assertEquals("AFFECTED", doc.get("verdict").textValue());
        assertTrue(doc.get("readOnlyFileThp").isBoolean());
        assertTrue(doc.get("readOnlyFileThp").booleanValue());
        assertTrue(doc.get("facts").get("readOnlyFileThp").booleanValue(), "facts holds every fact");
        JsonNode stats = doc.get("stats");
        assertEquals(List.of("files", "functions", "functionsUnparsed", "millis"), names(stats));
        stats.forEach(n -> assertTrue(n.isIntegralNumber(), "stats are integers: " + stats));
        assertEquals(4, stats.get("files").intValue());
        assertEquals(16, stats.get("functions").intValue());
    }

    @Test
    void findingsHaveTheContractsFieldsAndTypes() throws Exception {
        JsonNode findings = json("v1-backport").get("findings");
        assertEquals(4, findings.size());
        List<String> kinds = new ArrayList<>();
        for (JsonNode f : findings) {
            assertEquals(List.of("rule", "severity", "kind", "file", "line", "function", "sink", "message",
                    "conditions", "path"), names(f));
            for (String field : List.of("rule", "severity", "kind", "file", "function", "sink", "message")) {
                assertTrue(f.get(field).isTextual(), field + " is a string in " + f);
            }
            assertTrue(Set.of("error", "warning", "note").contains(f.get("severity").textValue()));
            assertTrue(f.get("line").isInt());
            assertTrue(f.get("conditions").isArray());
            assertFalse(f.get("path").isEmpty());
            for (JsonNode e : f.get("path")) {
                // the contract's step fields in order; "conditions" (a step's #if conditions) may follow
                assertEquals(List.of("file", "line", "function", "event", "detail"), names(e).subList(0, 5));
                assertTrue(names(e).size() == 5 || names(e).subList(5, names(e).size()).equals(List.of("conditions")),
                        e.toString());
                assertTrue(e.get("line").isInt());
                assertTrue(Set.of("forcing", "guard-missed", "assign", "call", "return", "lookup", "flag-test")
                        .contains(e.get("event").textValue()), e.toString());
            }
            assertEquals("forcing", f.get("path").get(0).get("event").textValue());
            kinds.add(f.get("severity").textValue() + " " + f.get("kind").textValue() + " " + f.get("line").intValue());
        }
        assertEquals(List.of("error hugetlb 164", "error file-pte 173", "error file-thp 173", "note fast-path 228"), kinds);
        JsonNode thp = findings.get(2);
        assertEquals("mm/gup.c", thp.get("file").textValue());
        assertEquals("__get_user_pages", thp.get("function").textValue());
        assertEquals("follow_trans_huge_pmd", thp.get("sink").textValue());
        assertEquals("mm/huge_memory.c", thp.get("path").get(7).get("file").textValue());
    }

    @Test
    void conditionsAreStringsAndACleanTreeHasNoFindings() throws Exception {
        JsonNode x1 = json("x1-forcing-under-ifdef");
        assertEquals("CONFIG_GUP_FORCE_COW", x1.get("findings").get(0).get("conditions").get(0).textValue());
        assertFalse(x1.get("readOnlyFileThp").booleanValue());

        JsonNode v0 = json("v0-no-forcing");
        assertEquals("CLEAN", v0.get("verdict").textValue());
        assertTrue(v0.get("findings").isArray());
        assertEquals(0, v0.get("findings").size());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
