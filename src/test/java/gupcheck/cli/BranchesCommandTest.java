package gupcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gupcheck.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchesCommandTest {

    @TempDir
    static Path shared;

    static Path repo;

    @BeforeAll
    static void repository() throws Exception {
        repo = shared.resolve("repo");
        try (TestRepository r = TestRepository.create(repo)) {
            r.commit("before", files("v0-no-forcing")).tag("v5.4.1");
            r.commit("backport", files("v1-backport")).tag("v5.4.2");
            r.commit("docs", Map.of("Documentation/x.txt", "words\n")).tag("v5.4.3");
            r.branch("fix", "v5.4.2");
            r.commit("guard", files("v2b-anon-guard-in-predicate")).tag("v5.4.2-fixed");
        }
    }

    static Map<String, String> files(String variant) throws Exception {
        Path tree = Path.of("rules/gup-forced-write", variant, "mm");
        return Map.of("mm/gup.c", Files.readString(tree.resolve("gup.c")),
                "mm/huge_memory.c", Files.readString(tree.resolve("huge_memory.c")),
                "mm/hugetlb.c", Files.readString(tree.resolve("hugetlb.c")));
    }

    @Test
    void textMatrix(@TempDir Path cache) {
        CliRunner run = CliRunner.run("branches", "--repo", repo.toString(), "--refs", "v5.4.*", "--cache", cache.toString());
        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[2].startsWith("REF "), run.out());
        assertTrue(lines[3].matches("v5\\.4\\.1 +[0-9a-f]{12}  CLEAN .*"), lines[3]);
        assertTrue(lines[4].matches("v5\\.4\\.2 +[0-9a-f]{12}  AFFECTED .*"), lines[4]);
        assertTrue(lines[5].matches("v5\\.4\\.2-fixed +[0-9a-f]{12}  CLEAN .*"), lines[5]);
        assertTrue(lines[6].matches("v5\\.4\\.3 +[0-9a-f]{12}  AFFECTED .*"), lines[6]);
        assertTrue(run.out().contains("AFFECTED in v5.4.2, v5.4.3:"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonFollowsTheContractAndAWarmRunHitsTheCache(@TempDir Path cache) throws Exception {
        String[] args = {"branches", "--repo", repo.toString(), "--ref", "v5.4.2", "--ref", "v5.4.1", "--format", "json",
                "--cache", cache.toString()};
        JsonNode cold = new ObjectMapper().readTree(CliRunner.run(args).out());
        assertEquals("v5.4.2", cold.get("refs").get(0).get("ref").asText());
        assertEquals("AFFECTED", cold.get("refs").get(0).get("verdict").asText());
        assertEquals(40, cold.get("refs").get(0).get("commit").asText().length());
        assertTrue(cold.get("refs").get(0).get("blobs").has("mm/gup.c"));
        assertTrue(cold.get("refs").get(0).get("findings").size() >= 3);
        assertEquals(2, cold.get("stats").get("refs").asInt());
        assertEquals(cold.get("stats").get("distinctBlobs").asInt(), cold.get("stats").get("parsed").asInt());
        JsonNode warm = new ObjectMapper().readTree(CliRunner.run(args).out());
        assertEquals(0, warm.get("stats").get("parsed").asInt());
        assertEquals(2, warm.get("stats").get("cacheHits").asInt());
    }

    @Test
    void htmlIsSelfContainedWithAMatrixAndCallPaths(@TempDir Path cache) {
        CliRunner run = CliRunner.run("branches", "--repo", repo.toString(), "--refs", "v5.4.1..v5.4.3", "--format", "html",
                "--cache", cache.toString());
        assertEquals(1, run.exitCode(), run.err());
        Document html = Jsoup.parse(run.out());
        assertEquals(0, html.select("script").size());
        assertEquals(0, html.select("[src], link[href]").size(), "no fetches");
        // a range is every tag after v5.4.1 up to v5.4.3 on its history: v5.4.2, v5.4.3
        var rows = html.select("table.matrix tbody tr");
        assertEquals(2, rows.size());
        assertEquals("AFFECTED", rows.get(0).selectFirst("td.verdict").text());
        assertTrue(rows.get(0).hasClass("AFFECTED"));
        Element finding = html.selectFirst("section.result article.finding");
        assertTrue(finding.selectFirst("h3").text().contains("mm/gup.c:"), finding.text());
        assertTrue(finding.select("ol.path li").size() >= 3);
        Element svg = finding.selectFirst("svg.callpath");
        assertTrue(svg.select("g.step").size() >= 2);
        assertTrue(svg.select("g.lookup").size() == 1, svg.outerHtml());
    }

    @Test
    void errorsAreOneLineWithExitTwo(@TempDir Path dir) throws Exception {
        assertInputError(CliRunner.run("branches", "--repo", repo.toString(), "--ref", "v9.9.9", "--no-cache"), "v9.9.9: no such ref");
        assertInputError(CliRunner.run("branches", "--repo", repo.toString(), "--refs", "v3.*", "--no-cache"), "v3.*: matches no tag or branch");
        assertInputError(CliRunner.run("branches", "--repo", dir.toString(), "--ref", "main", "--no-cache"), "not a git repository");
        assertInputError(CliRunner.run("branches", "--repo", dir.resolve("nope").toString(), "--ref", "main"), "no such directory");
        CliRunner noRefs = CliRunner.run("branches", "--repo", repo.toString());
        assertEquals(2, noRefs.exitCode());
        assertEquals(1, noRefs.errLines(), noRefs.err());
    }

    @Test
    void aRefWithoutTheFilesIsReportedWhileOthersAreScanned(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("r");
        try (TestRepository r = TestRepository.create(bare)) {
            r.commit("docs", Map.of("README", "x\n")).tag("docs");
            r.commit("code", files("v1-backport")).tag("code");
        }
        CliRunner run = CliRunner.run("branches", "--repo", bare.toString(), "--ref", "docs", "--ref", "code", "--no-cache");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("NO-FILES"), run.out());
        assertTrue(run.out().contains("(none of mm/gup.c"), run.out());
        assertFalse(run.out().contains("Exception"));
    }

    @Test
    void theDemoTellsTheStory() {
        CliRunner run = CliRunner.run("demo");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*\\nv5\\.4\\.40 +[0-9a-f]{12}  CLEAN .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nv5\\.4\\.42 +[0-9a-f]{12}  AFFECTED .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nv5\\.4\\.45-anon-guard +[0-9a-f]{12}  CLEAN .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nv5\\.4\\.45-denywrite +[0-9a-f]{12}  AFFECTED .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nv5\\.4\\.45-post-lookup +[0-9a-f]{12}  CLEAN .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nv5\\.10\\.1 +[0-9a-f]{12}  CLEAN .*"), run.out());
        assertTrue(run.out().contains("10 refs, 8 distinct targets"), run.out());
    }

    @Test
    void bareRepositoriesAndLinkedWorktreesWork(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("bare.git");
        org.eclipse.jgit.api.Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(bare.toFile()).setBare(true)
                .call().close();
        CliRunner fromBare = CliRunner.run("branches", "--repo", bare.toString(), "--ref", "v5.4.2", "--no-cache");
        assertEquals(1, fromBare.exitCode(), fromBare.err());
        assertTrue(fromBare.out().matches("(?s).*\\nv5\\.4\\.2 +[0-9a-f]{12}  AFFECTED .*"), fromBare.out());

        Path worktree = dir.resolve("wt");
        Process add = new ProcessBuilder("git", "-C", repo.toString(), "worktree", "add", "-q", worktree.toString(), "v5.4.1")
                .redirectErrorStream(true).start();
        if (add.waitFor() != 0) {
            System.out.println("SKIPPED linked worktree check: 'git worktree add' is not available here");
            return;
        }
        CliRunner fromWorktree = CliRunner.run("branches", "--repo", worktree.toString(), "--ref", "HEAD", "--ref", "v5.4.2", "--no-cache");
        assertEquals(1, fromWorktree.exitCode(), fromWorktree.err());
        assertTrue(fromWorktree.out().matches("(?s).*\\nHEAD +[0-9a-f]{12}  CLEAN .*"), fromWorktree.out());
    }

    private static void assertInputError(CliRunner run, String expected) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals("", run.out());
    }
}
