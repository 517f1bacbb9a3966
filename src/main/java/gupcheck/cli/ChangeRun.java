package gupcheck.cli;

import gupcheck.cpp.Configuration;
import gupcheck.rules.BranchScanner;
import gupcheck.rules.ChangeAnalysis;
import gupcheck.rules.ResultCache;
import gupcheck.rules.RuleSet;
import gupcheck.source.InputException;
import gupcheck.source.git.GitRepository;
import gupcheck.source.git.RefResolver;
import gupcheck.source.patch.PatchReader;
import gupcheck.source.patch.PatchSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import gupcheck.source.git.ResolvedRef;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/** Runs the judgement diff and lint share; the commands differ in what they print and return. */
final class ChangeRun {

    private ChangeRun() {
    }

    /**
     * The judged change; {@code rules} receives the rules. The rules and the patch are read on
     * other threads while the repository opens; errors are still reported in the order of the
     * command line's meaning: repository, refs, then patch and rules.
     */
    static ChangeAnalysis.Report judge(ChangeOptions options, Callable<RuleSet> ruleLoader, Configuration config,
                                       AtomicReference<RuleSet> rules) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "gupcheck-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<RuleSet> loading = readers.submit(ruleLoader);
            Future<PatchSeries> reading = options.change.head == null
                    ? readers.submit(() -> readPatch(options.change.patch)) : null;
            try (GitRepository repository = GitRepository.open(options.repo)) {
                RefResolver resolver = new RefResolver(repository);
                ResolvedRef base = resolver.resolve(options.base);
                ResolvedRef head = options.change.head != null ? resolver.resolve(options.change.head) : null;
                PatchSeries series = reading != null ? resultOf(reading) : null;
                RuleSet loaded = resultOf(loading);
                rules.set(loaded);
                List<String> files = options.files != null ? options.files : loaded.treeFiles();
                ResultCache cache = options.cache.open(loaded, config, files);
                BranchScanner scanner = new BranchScanner(loaded, config, Runtime.getRuntime().availableProcessors(), cache);
                ChangeAnalysis analysis = new ChangeAnalysis(scanner, files);
                return head != null ? analysis.judgeRefs(repository, base, head) : analysis.judgePatch(repository, base, series);
            }
        } finally {
            readers.shutdownNow();
        }
    }

    private static <T> T resultOf(Future<T> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static PatchSeries readPatch(String name) throws Exception {
        if (name.equals("-")) {
            return new PatchReader().read("<stdin>", System.in);
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new InputException(name + ": no such patch file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new PatchReader().read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static String reproduce(String command, ChangeOptions options) {
        return "java -jar gupcheck.jar " + command + " --repo " + options.repo + " --base " + options.base
                + (options.change.head != null ? " --head " + options.change.head : " --patch " + options.change.patch);
    }
}
