package gupcheck.source.git;

import gupcheck.source.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Builds the demo repository from the bundled story (examples/demo): the example tree as the
 * first commit, then one commit per story line, each the parent tag's tree with a patch applied
 * (JGit's apply), on its branch and under its tag. Dates are fixed so commit ids are the same
 * on every machine.
 */
public final class DemoRepository {

    private static final String EXAMPLES = "/gupcheck/examples/";
    private static final List<String> BASE_FILES = List.of("Makefile", "mm/gup.c", "mm/huge_memory.c", "mm/hugetlb.c",
            "mm/khugepaged.c");
    private static final Instant EPOCH = Instant.parse("2021-12-01T12:00:00Z");

    /** One line of story.tsv. */
    public record Step(String branch, String tag, String parent, String patch) { }

    private DemoRepository() {
    }

    public static List<Step> story() throws InputException {
        List<Step> steps = new ArrayList<>();
        for (String line : new String(resource("demo/story.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new InputException("demo/story.tsv: bad line: " + line);
            }
            steps.add(new Step(cols[0], cols[1], cols[2], cols[3]));
        }
        return steps;
    }

    /** Creates the repository in {@code directory} (which must be empty or absent). */
    public static void build(Path directory) throws InputException, IOException {
        GitRepository.configureWindowCache();
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("demo-base").call()) {
            for (String file : BASE_FILES) {
                Path target = directory.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, resource("linux-5.4-backport/" + file));
            }
            int tick = 0;
            commit(git, "Hand-written miniature of linux-5.4.y after the forced-COW backport (demo base)", tick++);
            git.tag().setName("base").setAnnotated(false).call();
            Set<String> branches = new HashSet<>();
            for (Step step : story()) {
                if (branches.add(step.branch())) {
                    git.checkout().setCreateBranch(true).setName(step.branch()).setStartPoint(step.parent()).setForced(true).call();
                } else {
                    git.checkout().setName(step.branch()).call();
                }
                byte[] patch = resource("demo/patches/" + step.patch());
                try (InputStream in = new ByteArrayInputStream(patch)) {
                    git.apply().setPatch(in).call();
                }
                git.add().addFilepattern(".").call();
                git.add().addFilepattern(".").setUpdate(true).call();
                commit(git, subject(patch, step.tag()), tick++);
                git.tag().setName(step.tag()).setAnnotated(false).call();
            }
        } catch (GitAPIException e) {
            throw new IOException("building the demo repository failed: " + e.getMessage(), e);
        }
    }

    private static void commit(Git git, String message, int tick) throws GitAPIException {
        PersonIdent who = new PersonIdent("gupcheck demo", "demo@gupcheck.invalid",
                EPOCH.plusSeconds(86_400L * tick), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static String subject(byte[] patch, String fallback) {
        for (String line : new String(patch, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("Subject: ")) {
                return line.substring("Subject: ".length()).replaceFirst("^\\[PATCH[^]]*]\\s*", "");
            }
        }
        return fallback;
    }

    private static byte[] resource(String name) throws InputException {
        try (InputStream in = DemoRepository.class.getResourceAsStream(EXAMPLES + name)) {
            if (in == null) {
                throw new InputException("bundled example " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InputException("bundled example " + name + ": " + e.getMessage());
        }
    }
}
