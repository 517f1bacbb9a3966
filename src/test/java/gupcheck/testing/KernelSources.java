package gupcheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's linux-source packages, extracted on first use (only mm/) under target/, for the
 * real-tree tests. Absent packages are reported, never ignored in silence.
 */
public final class KernelSources {

    private KernelSources() {
    }

    /** The extracted tree for a version such as "6.1", or a reason why there is none. */
    public static Optional<Path> tree(String version, StringBuilder whyNot) {
        Path tarball = Path.of("/usr/src/linux-source-" + version + ".tar.xz");
        if (!Files.isRegularFile(tarball)) {
            whyNot.append(tarball).append(" is absent (apt-get install linux-source-").append(version).append(")");
            return Optional.empty();
        }
        Path root = Path.of("target", "kernel-src", version);
        Path tree = root.resolve("linux-source-" + version);
        Path done = root.resolve(".extracted-" + tarball.toFile().length());
        if (Files.exists(done)) {
            return Optional.of(tree);
        }
        try {
            Files.createDirectories(root);
            Process tar = new ProcessBuilder("tar", "-xJf", tarball.toString(), "-C", root.toString(),
                    "linux-source-" + version + "/mm")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                whyNot.append("extracting ").append(tarball).append(" failed");
                return Optional.empty();
            }
            Files.createFile(done);
            return Optional.of(tree);
        } catch (IOException | InterruptedException e) {
            whyNot.append("extracting ").append(tarball).append(" failed: ").append(e);
            return Optional.empty();
        }
    }

    /** Says out loud that a real-tree test is skipped, then skips it. */
    public static void skip(String test, CharSequence why) {
        String message = "SKIPPED " + test + ": " + why;
        System.out.println(message);
        org.junit.jupiter.api.Assumptions.abort(message);
    }
}
