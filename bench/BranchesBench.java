import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * gupcheck branches, cold and warm cache, on: the demo repository, and synthetic repositories
 * whose tags hold 20 distinct versions of the rule's files (made from the fixture trees), with
 * 20 and with 500 tags. Wall time of `java -jar target/gupcheck.jar branches`, best of 3.
 * Run: java -cp target/gupcheck.jar bench/BranchesBench.java
 */
public class BranchesBench {
    static final String[] VARIANTS = {"v0-no-forcing", "v1-backport", "v2a-anon-guard-at-call-site", "v3-denywrite-guard",
            "v4-post-lookup-check", "v5-populate-vm-write"};
    static final String[] FILES = {"mm/gup.c", "mm/huge_memory.c", "mm/hugetlb.c"};

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("gupcheck-bench-");
        try {
            Path demo = work.resolve("demo");
            run(List.of("demo", "--keep", demo.toString()), null);
            report("demo repository, 10 tags, 8 distinct targets", demo, "v*");
            report("synthetic, 20 tags, 20 distinct versions", synthetic(work.resolve("s20"), 20, 20), "v*");
            report("synthetic, 500 tags, 20 distinct versions", synthetic(work.resolve("s500"), 500, 20), "v*");
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void report(String what, Path repo, String glob) throws Exception {
        long bestCold = Long.MAX_VALUE;
        long bestWarm = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Path cache = Files.createTempDirectory("gupcheck-bench-cache-");
            List<String> cmd = List.of("branches", "--repo", repo.toString(), "--refs", glob, "--format", "json",
                    "--cache", cache.toString());
            bestCold = Math.min(bestCold, run(cmd, null));
            bestWarm = Math.min(bestWarm, run(cmd, null));
        }
        System.out.printf("%-48s cold %5d ms   warm %5d ms%n", what, bestCold, bestWarm);
    }

    static long run(List<String> gupcheckArgs, Path dir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", "target/gupcheck.jar"));
        cmd.addAll(gupcheckArgs);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = p.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code > 1) {
            throw new IllegalStateException("gupcheck " + gupcheckArgs + " exited " + code);
        }
        return ms;
    }

    /** {@code tags} tags cycling through {@code versions} distinct versions of the files. */
    static Path synthetic(Path dir, int tags, int versions) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            for (int t = 0; t < tags; t++) {
                int version = (int) ((long) t * versions / tags);
                String variant = VARIANTS[version % VARIANTS.length];
                for (String file : FILES) {
                    Path target = dir.resolve(file);
                    Files.createDirectories(target.getParent());
                    String text = Files.readString(Path.of("rules/gup-forced-write", variant, file));
                    if (file.equals("mm/gup.c")) {
                        text += "\n/* version " + version + " */\n";
                    }
                    Files.writeString(target, text);
                }
                Files.writeString(dir.resolve("Makefile"), "SUBLEVEL = " + t + "\n");
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent("bench", "bench@gupcheck.invalid", Instant.ofEpochSecond(1_600_000_000L + t), ZoneOffset.UTC);
                git.commit().setMessage("release " + t).setAuthor(who).setCommitter(who).setSign(false).call();
                git.tag().setName("v1.0." + t).setAnnotated(false).call();
            }
        }
        return dir;
    }
}
