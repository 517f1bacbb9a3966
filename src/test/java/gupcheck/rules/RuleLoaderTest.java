package gupcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {

    private static final String VALID = """
            id: demo-rule
            title: a demo
            severity: warning
            files: [mm/gup.c]
            flag: FOLL_PIN
            lookups:
              - {name: follow_page_pte, kind: file-pte}
            """;

    @TempDir
    Path tmp;

    @Test
    void loadsTheRepositoryRulesAndTheBundledOnes() throws Exception {
        RuleSet fromDirectory = RuleLoader.fromDirectory(Path.of("rules"));
        assertEquals(List.of("gup-forced-force", "gup-forced-write"), fromDirectory.rules().stream().map(RuleDefinition::id).toList());
        RuleSet bundled = RuleLoader.bundled();
        assertEquals(fromDirectory.rules(), bundled.rules());
        assertEquals(fromDirectory.contentHash(), bundled.contentHash());
        RuleDefinition write = bundled.rules().get(1);
        assertEquals("FOLL_WRITE", write.flag());
        assertEquals(Severity.NOTE, write.lookups().stream().filter(l -> l.name().equals("gup_pgd_range")).findFirst().orElseThrow().severity());
        assertTrue(bundled.treeFiles().contains("mm/khugepaged.c"));
    }

    @Test
    void theBundleFormatKeepsAbsentKeysAbsent() throws Exception {
        RuleSet minimal = new RuleSet(List.of(RuleLoader.parse("demo.yaml", VALID)), "hash");
        RuleSet decoded = RuleSetCodec.decode(RuleSetCodec.encode(minimal));
        assertEquals(minimal, decoded);
        assertEquals(null, decoded.rules().get(0).guards());
        RuleSet full = RuleLoader.fromDirectory(Path.of("rules"));
        assertEquals(full, RuleSetCodec.decode(RuleSetCodec.encode(full)));
        byte[] damaged = RuleSetCodec.encode(full);
        damaged[damaged.length / 2] ^= 0x10;
        assertThrows(gupcheck.parse.codec.CodecException.class, () -> RuleSetCodec.decode(damaged));
    }

    @Test
    void aValidRuleParses() throws Exception {
        RuleDefinition rule = RuleLoader.parse("demo.yaml", VALID);
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals(List.of(), rule.guardsOrEmpty());
    }

    @Test
    void unknownKeyNamesFileAndKey() {
        RuleException e = assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml", VALID + "sinks: [x]\n"));
        assertEquals("demo.yaml: key 'sinks': unknown key", e.getMessage());
        RuleException nested = assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml",
                VALID.replace("kind: file-pte", "kind: file-pte, level: 3")));
        assertEquals("demo.yaml: key 'lookups[0].level': unknown key", nested.getMessage());
    }

    @Test
    void wrongTypeNamesFileAndKey() {
        RuleException e = assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml",
                VALID.replace("files: [mm/gup.c]", "files: {a: b}")));
        assertTrue(e.getMessage().startsWith("demo.yaml: key 'files': wrong type"), e.getMessage());
        RuleException severity = assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml",
                VALID.replace("severity: warning", "severity: fatal")));
        assertEquals("demo.yaml: key 'severity': 'fatal' is not one of error, warning, note", severity.getMessage());
    }

    @Test
    void missingFieldNamesFileAndKey() {
        RuleException e = assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml",
                VALID.replace("flag: FOLL_PIN\n", "")));
        assertEquals("demo.yaml: key 'flag': missing", e.getMessage());
        RuleException nested = assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml",
                VALID.replace("{name: follow_page_pte, kind: file-pte}", "{name: follow_page_pte}")));
        assertEquals("demo.yaml: key 'lookups[0].kind': missing", nested.getMessage());
    }

    @Test
    void badValuesAndBrokenYaml() {
        assertEquals("demo.yaml: key 'flag': must be an identifier", assertThrows(RuleException.class,
                () -> RuleLoader.parse("demo.yaml", VALID.replace("FOLL_PIN", "\"FOLL PIN\""))).getMessage());
        assertTrue(assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml", "id: x\n- y\n"))
                .getMessage().startsWith("demo.yaml: not valid YAML"));
        assertEquals("demo.yaml: empty rule file", assertThrows(RuleException.class, () -> RuleLoader.parse("demo.yaml", "")).getMessage());
    }

    @Test
    void aDirectoryWithTwoRulesOfTheSameIdIsRefused() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), VALID);
        Files.writeString(tmp.resolve("b.yaml"), VALID);
        RuleException e = assertThrows(RuleException.class, () -> RuleLoader.fromDirectory(tmp));
        assertTrue(e.getMessage().endsWith("b.yaml: key 'id': rule id 'demo-rule' is used twice"), e.getMessage());
    }

    @Test
    void contentHashFollowsTheText() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), VALID);
        String before = RuleLoader.fromDirectory(tmp).contentHash();
        Files.writeString(tmp.resolve("a.yaml"), VALID.replace("a demo", "another demo"));
        assertTrue(!before.equals(RuleLoader.fromDirectory(tmp).contentHash()));
    }
}
