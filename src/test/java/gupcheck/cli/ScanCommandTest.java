package gupcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final String V1 = "rules/gup-forced-write/v1-backport";
    private static final String V0 = "rules/gup-forced-write/v0-no-forcing";

    @TempDir
    Path tmp;

    @Test
    void affectedTreeExitsOneWithCompilerStyleText() {
        CliRunner run = CliRunner.run("scan", V1);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("mm/gup.c:164: error: forced FOLL_WRITE reaches a hugetlb lookup"), run.out());
        assertTrue(run.out().contains("AFFECTED (3 errors, 0 warnings, 1 note)"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void cleanTreeExitsZeroAndJsonHasTheContractFields() throws Exception {
        CliRunner run = CliRunner.run("scan", "--format", "json", V0);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("gupcheck", json.get("tool").get("name").asText());
        assertEquals("CLEAN", json.get("verdict").asText());
        assertTrue(json.has("readOnlyFileThp"));
        assertEquals(0, json.get("findings").size());
        assertTrue(json.get("stats").get("functions").asInt() > 5);
    }

    @Test
    void sarifAndGithubFormats() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(CliRunner.run("scan", "--format", "sarif", V1).out());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(4, sarif.get("runs").get(0).get("results").size());
        String github = CliRunner.run("scan", "--format", "github", V1).out();
        assertTrue(github.startsWith("::error file=mm/gup.c,line="), github);
    }

    @Test
    void aBadRuleFileIsAnInputErrorNamingFileAndKey() throws Exception {
        Files.writeString(tmp.resolve("bad.yaml"), "id: bad\ntitle: t\nseverity: error\nfiles: [mm/gup.c]\nflag: F\nlookups: []\nextra: 1\n");
        CliRunner run = CliRunner.run("scan", "--rules", tmp.toString(), V1);
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("bad.yaml: key 'extra': unknown key"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void rulesListAndFixtureTests() {
        CliRunner list = CliRunner.run("rules");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains("gup-forced-write (error)"), list.out());
        CliRunner test = CliRunner.run("rules", "test");
        assertEquals(0, test.exitCode(), test.out());
        assertTrue(test.out().contains("PASS gup-forced-write/v1-backport (4 expected)"), test.out());
        assertTrue(test.out().matches("(?s).*\\n20 passed, 0 failed\\n"), test.out());
    }

    @Test
    void aFailingFixtureFailsRulesTest() throws Exception {
        Path rules = tmp.resolve("rules");
        Path tree = rules.resolve("gup-forced-write/broken/mm");
        Files.createDirectories(tree);
        Files.copy(Path.of("rules/gup-forced-write.yaml"), rules.resolve("gup-forced-write.yaml"));
        Files.writeString(tree.resolve("gup.c"), "int f(unsigned int flags)\n{\n\treturn g(flags); /* expect: gup-forced-write kind=hugetlb */\n}\n");
        CliRunner run = CliRunner.run("rules", "test", "--rules", rules.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("FAIL gup-forced-write/broken"), run.out());
        assertTrue(run.out().contains("mm/gup.c:3: missing finding kind=hugetlb"), run.out());
        assertTrue(run.out().endsWith("0 passed, 1 failed\n"), run.out());
    }
}
