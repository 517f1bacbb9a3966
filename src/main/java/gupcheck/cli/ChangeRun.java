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
import java.util.List;

/** Runs the judgement diff and lint share; the commands differ in what they print and return. */
final class ChangeRun {

    private ChangeRun() {
    }

    static ChangeAnalysis.Report judge(ChangeOptions options, RuleSet rules, Configuration config) throws Exception {
        List<String> files = options.files != null ? options.files : rules.treeFiles();
        ResultCache cache = options.cache.open(rules, config, files);
        BranchScanner scanner = new BranchScanner(rules, config, 1, cache);
        try (GitRepository repository = GitRepository.open(options.repo)) {
            RefResolver resolver = new RefResolver(repository);
            ChangeAnalysis analysis = new ChangeAnalysis(scanner, files);
            if (options.change.head != null) {
                return analysis.judgeRefs(repository, resolver.resolve(options.base), resolver.resolve(options.change.head));
            }
            PatchSeries series = readPatch(options.change.patch);
            return analysis.judgePatch(repository, resolver.resolve(options.base), series);
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
