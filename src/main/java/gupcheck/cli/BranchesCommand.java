package gupcheck.cli;

import gupcheck.report.BranchesHtmlReport;
import gupcheck.report.BranchesJsonReport;
import gupcheck.report.BranchesTextReport;
import gupcheck.rules.BranchScanner;
import gupcheck.rules.ResultCache;
import gupcheck.rules.RuleSet;
import gupcheck.source.git.GitRepository;
import gupcheck.source.git.RefResolver;
import gupcheck.source.git.ResolvedRef;
import gupcheck.cpp.Configuration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "Scan many refs of a git repository in one run (no checkout): a matrix of verdicts, "
                + "costing the distinct file versions, not the number of refs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no ref has a finding at error or warning level", "1:some ref is AFFECTED",
                "2:usage or input error (bad repository, unknown ref, a glob matching nothing)"})
final class BranchesCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Option(names = "--repo", required = true, paramLabel = "GITDIR", description = "A clone, a bare repository or a worktree.")
    Path repo;

    static final class RefSelection {
        @Option(names = "--ref", paramLabel = "REF", description = "A branch, tag or commit (repeatable).")
        List<String> refs = new ArrayList<>();

        @Option(names = "--refs", paramLabel = "GLOB|A..B", description = "Tags/branches matching a glob (v5.4.*), or every tag in A..B (repeatable).")
        List<String> globs = new ArrayList<>();
    }

    @ArgGroup(exclusive = false, multiplicity = "1")
    RefSelection selection;

    @Option(names = "--files", split = ",", paramLabel = "a,b,c", description = "Files to read at each ref (default: those the rules name).")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    CacheOptions cacheOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel workers (default: the core count).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ConfigurationOptions configuration;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleSet rules = ruleOptions.load();
        Configuration config = configuration.build();
        List<String> wanted = files != null ? files : rules.treeFiles();
        try (GitRepository repository = GitRepository.open(repo)) {
            List<ResolvedRef> refs = resolve(repository);
            ResultCache cache = cacheOptions.open(rules, config, wanted);
            BranchScanner.Result result = new BranchScanner(rules, config, jobs, cache)
                    .scan(repository, refs, wanted, TerminalProgress.forTerminal("scanning"));
            ReportOutput.emit(spec, out -> {
                switch (format) {
                    case json -> BranchesJsonReport.write(Main.Version.number(), repo.toString(), result, out);
                    case html -> BranchesHtmlReport.write(Main.Version.number(), repo.toString(), result, out);
                    default -> BranchesTextReport.write(repo.toString(), result, out);
                }
            });
            return result.rows().stream().anyMatch(r -> r.result() != null && r.result().affected()) ? 1 : 0;
        }
    }

    /** Refs in the order given; a ref named twice (directly or by a glob) is scanned once. */
    private List<ResolvedRef> resolve(GitRepository repository) throws Exception {
        RefResolver resolver = new RefResolver(repository);
        Map<String, ResolvedRef> refs = new LinkedHashMap<>();
        for (String name : selection.refs) {
            refs.putIfAbsent(name, resolver.resolve(name));
        }
        for (String glob : selection.globs) {
            for (ResolvedRef ref : resolver.expand(glob)) {
                refs.putIfAbsent(ref.name(), ref);
            }
        }
        return new ArrayList<>(refs.values());
    }
}
