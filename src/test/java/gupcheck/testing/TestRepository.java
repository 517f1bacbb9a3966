package gupcheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A git repository built with JGit for tests: write files, commit, tag, branch. */
public final class TestRepository implements AutoCloseable {

    private final Git git;
    private final Path directory;
    private int tick;

    private TestRepository(Git git, Path directory) {
        this.git = git;
        this.directory = directory;
    }

    public static TestRepository create(Path directory) throws GitAPIException {
        return new TestRepository(Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call(), directory);
    }

    public Path directory() {
        return directory;
    }

    /** Replaces the files named (path to content; null deletes) and commits. */
    public TestRepository commit(String message, Map<String, String> files) throws IOException, GitAPIException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path target = directory.resolve(e.getKey());
            if (e.getValue() == null) {
                Files.deleteIfExists(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue());
            }
        }
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("test", "test@gupcheck.invalid", Instant.ofEpochSecond(1_600_000_000L + tick++), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).setAllowEmpty(true).call();
        return this;
    }

    public TestRepository tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
        return this;
    }

    public TestRepository branch(String name, String startPoint) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).setStartPoint(startPoint).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
