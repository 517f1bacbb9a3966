package gupcheck.cli;

import gupcheck.rules.RuleLoader;
import gupcheck.source.git.GitRepository;
import java.util.Arrays;
import java.util.Set;

/**
 * Uses the second core while picocli reads the command line (a cold JVM spends a fifth of a
 * second there): sets up JGit for the commands that read a repository, reads the bundled rules
 * and initializes the lexer and parser (deserializing their ATNs). Nothing here changes what a
 * command computes; a command that gets there first simply does the work itself, and one that
 * never needs it loses nothing but a little of the spare core.
 */
final class StartupWarmup {

    /** The commands that read a git repository, whose first step is opening it with JGit. */
    private static final Set<String> GIT_COMMANDS = Set.of("branches", "diff", "lint", "demo");

    /** In the order a scan or a diff first needs them. */
    private static final String[] SLOW_CLASSES = {
        "gupcheck.parse.antlr.KernelCLexer",
        "gupcheck.parse.antlr.KernelCParser",
    };

    private StartupWarmup() {
    }

    static void start(String[] args) {
        boolean readsGit = Arrays.stream(args).anyMatch(a -> GIT_COMMANDS.contains(a) || a.startsWith("--repo"));
        Thread thread = new Thread(() -> warm(readsGit), "gupcheck-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warm(boolean readsGit) {
        try {
            if (readsGit) {
                GitRepository.configureWindowCache();
            }
            RuleLoader.preloadBundled();
            ClassLoader loader = StartupWarmup.class.getClassLoader();
            for (String name : SLOW_CLASSES) {
                Class.forName(name, true, loader);
            }
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // a failed warm-up costs only time: the command meets the same problem and reports it
        }
    }
}
