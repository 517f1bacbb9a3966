package gupcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.source.FileSystemSource;
import gupcheck.source.SourceFile;
import gupcheck.source.git.GitRepository;
import gupcheck.source.git.RefResolver;
import gupcheck.source.git.ResolvedRef;
import gupcheck.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 60 tags over 3 branches in which the rule's files take 6 distinct versions (the fixture
 * trees): each distinct blob is parsed once, each distinct target analysed once, and a second
 * run is served from the cache.
 */
class BranchScannerTest {

    /** Fixture trees and the verdict the rule gives them. */
    static final Map<String, String> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("v0-no-forcing", "CLEAN");
        VARIANTS.put("v1-backport", "AFFECTED");
        VARIANTS.put("v2a-anon-guard-at-call-site", "CLEAN");
        VARIANTS.put("v3-denywrite-guard", "AFFECTED");
        VARIANTS.put("v4-post-lookup-check", "CLEAN");
        VARIANTS.put("v5-populate-vm-write", "CLEAN");
    }

    static final List<String> FILES = List.of("mm/gup.c", "mm/huge_memory.c", "mm/hugetlb.c");

    @TempDir
    static Path shared;

    static Path repository;
    static Map<String, String> expectedVerdict = new HashMap<>();
    static int distinctBlobs;

    @BeforeAll
    static void buildRepository() throws Exception {
        repository = shared.resolve("repo");
        Set<String> blobs = new HashSet<>();
        List<String> variants = List.copyOf(VARIANTS.keySet());
        try (TestRepository repo = TestRepository.create(repository)) {
            int tag = 0;
            String[] branches = {"main", "stable-a", "stable-b"};
            for (int b = 0; b < branches.length; b++) {
                if (b > 0) {
                    repo.branch(branches[b], "main");
                }
                for (int i = 0; i < 20; i++) {
                    // every branch passes through two of the six variants, switching halfway
                    String variant = variants.get(2 * b + (i < 10 ? 0 : 1));
                    Map<String, String> files = new LinkedHashMap<>();
                    for (String file : FILES) {
                        Path source = Path.of("rules/gup-forced-write", variant, file);
                        String text = Files.readString(source);
                        files.put(file, text);
                        blobs.add(file + "\n" + text);
                    }
                    files.put("Makefile", "SUBLEVEL = " + tag + "\n");
                    String name = "v1." + b + "." + i;
                    repo.commit("release " + name, files).tag(name);
                    expectedVerdict.put(name, VARIANTS.get(variant));
                    tag++;
                }
            }
        }
        distinctBlobs = blobs.size();
    }

    private BranchScanner.Result scan(Path cache) throws Exception {
        RuleSet rules = RuleLoader.fromDirectory(Path.of("rules"));
        try (GitRepository repo = GitRepository.open(repository)) {
            List<ResolvedRef> refs = new RefResolver(repo).expand("v1.*");
            ResultCache resultCache = cache == null ? null : new ResultCache(cache, "test\n" + rules.contentHash());
            return new BranchScanner(rules, Configuration.allEnabled(), 2, resultCache)
                    .scan(repo, refs, FILES, BranchScanner.Progress.NONE);
        }
    }

    @Test
    void coldRunParsesEachDistinctBlobOnceAndWarmRunComesFromTheCache(@TempDir Path cache) throws Exception {
        BranchScanner.Result cold = scan(cache);
        assertEquals(60, cold.stats().refs());
        assertEquals(6, cold.stats().distinctTargets());
        assertEquals(distinctBlobs, cold.stats().distinctBlobs());
        assertEquals(distinctBlobs, cold.stats().parsed(), "each distinct blob parsed exactly once");
        assertEquals(0, cold.stats().cacheHits());
        for (BranchScanner.Row row : cold.rows()) {
            assertEquals(expectedVerdict.get(row.ref()), row.verdict(), row.ref());
        }
        // version order, not string order: v1.0.9 before v1.0.10
        assertEquals("v1.0.9", cold.rows().get(9).ref());
        assertEquals("v1.0.10", cold.rows().get(10).ref());

        BranchScanner.Result warm = scan(cache);
        assertEquals(0, warm.stats().parsed());
        assertEquals(6, warm.stats().cacheHits());
        for (int i = 0; i < 60; i++) {
            assertEquals(cold.rows().get(i).verdict(), warm.rows().get(i).verdict());
            assertEquals(cold.rows().get(i).result().findings(), warm.rows().get(i).result().findings());
        }
    }

    @Test
    void aCorruptCacheEntryIsRebuiltNotTrusted(@TempDir Path cache) throws Exception {
        scan(cache);
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(cache)) {
            entries = walk.filter(p -> p.toString().endsWith(".result")).sorted().toList();
        }
        assertEquals(6, entries.size());
        // a well-formed entry filed under another target's key, and bytes that are no entry at all
        Files.copy(entries.get(1), entries.get(0), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(entries.get(1), "garbage");
        BranchScanner.Result again = scan(cache);
        assertEquals(4, again.stats().cacheHits());
        // the two rebuilt targets' blobs come from the parse cache
        assertEquals(0, again.stats().parsed());
        assertTrue(again.stats().parseCacheHits() > 0);
        for (BranchScanner.Row row : again.rows()) {
            assertEquals(expectedVerdict.get(row.ref()), row.verdict(), row.ref());
        }
    }

    @Test
    void twoVersionsScannedAtOnceParseEachBlobOnce() throws Exception {
        RuleSet rules = RuleLoader.fromDirectory(Path.of("rules"));
        List<SourceFile> base = new FileSystemSource(FILES).read(Path.of("rules/gup-forced-write/v1-backport"));
        Map<String, String> baseTexts = new LinkedHashMap<>();
        base.forEach(f -> baseTexts.put(f.path(), f.text()));
        List<SourceFile> patched = base.stream().map(f -> !f.path().equals("mm/gup.c") ? f
                : new SourceFile(f.path(), null, f.text().replace("foll_flags |= FOLL_WRITE;", "foll_flags |= FOLL_WRITE | FOLL_NUMA;")))
                .toList();
        assertTrue(!patched.get(0).text().equals(base.get(0).text()), "the patch changes gup.c");

        BranchScanner shared = new BranchScanner(rules, Configuration.allEnabled(), 2, null);
        // as a diff does: the base on its own thread while the patched version is scanned
        java.util.concurrent.CompletableFuture<ScanResult> baseScan = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return shared.scanFiles("base", base);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ScanResult patchedResult = shared.scanFiles("patched", patched, baseTexts);
        ScanResult baseResult = baseScan.join();
        assertEquals(base.size() + 1, shared.blobsParsed(), "every blob once, the changed file's new version once more");

        assertEquals(new BranchScanner(rules, Configuration.allEnabled(), 1, null).scanFiles("base", base).findings(),
                baseResult.findings());
        assertEquals(new BranchScanner(rules, Configuration.allEnabled(), 1, null).scanFiles("patched", patched).findings(),
                patchedResult.findings());
    }

    @Test
    void aRefWithoutTheFilesIsARowNotAFailure(@TempDir Path dir) throws Exception {
        Path repoDir = dir.resolve("r");
        try (TestRepository repo = TestRepository.create(repoDir)) {
            repo.commit("docs only", Map.of("README", "nothing here\n")).tag("docs");
            repo.commit("the tree", Map.of("mm/gup.c", Files.readString(Path.of("rules/gup-forced-write/v1-backport/mm/gup.c"))))
                    .tag("code");
        }
        RuleSet rules = RuleLoader.fromDirectory(Path.of("rules"));
        try (GitRepository repo = GitRepository.open(repoDir)) {
            RefResolver resolver = new RefResolver(repo);
            BranchScanner.Result result = new BranchScanner(rules, Configuration.allEnabled(), 1, null)
                    .scan(repo, List.of(resolver.resolve("docs"), resolver.resolve("code")), FILES, BranchScanner.Progress.NONE);
            assertEquals("NO-FILES", result.rows().get(0).verdict());
            assertNull(result.rows().get(0).result());
            assertTrue(result.rows().get(0).problem().startsWith("none of mm/gup.c"));
            assertEquals("AFFECTED", result.rows().get(1).verdict());
        }
    }

    @Test
    void resultsDoNotDependOnTheNumberOfWorkers() throws Exception {
        RuleSet rules = RuleLoader.fromDirectory(Path.of("rules"));
        try (GitRepository repo = GitRepository.open(repository)) {
            List<ResolvedRef> refs = new RefResolver(repo).expand("v1.*");
            BranchScanner.Result one = new BranchScanner(rules, Configuration.allEnabled(), 1, null).scan(repo, refs, FILES, BranchScanner.Progress.NONE);
            BranchScanner.Result four = new BranchScanner(rules, Configuration.allEnabled(), 4, null).scan(repo, refs, FILES, BranchScanner.Progress.NONE);
            for (int i = 0; i < refs.size(); i++) {
                assertEquals(one.rows().get(i).ref(), four.rows().get(i).ref());
                assertEquals(one.rows().get(i).result().findings(), four.rows().get(i).result().findings());
            }
        }
    }
}
