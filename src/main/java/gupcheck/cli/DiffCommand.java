package gupcheck.cli;

import gupcheck.cpp.Configuration;
import gupcheck.report.DiffAnnotatedReport;
import gupcheck.report.DiffJsonReport;
import gupcheck.report.DiffRdjsonReport;
import gupcheck.report.DiffSarifReport;
import gupcheck.report.GithubAnnotations;
import gupcheck.rules.ChangeAnalysis;
import gupcheck.rules.ChangeJudgement;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import gupcheck.source.patch.PatchMail;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What a patch (or a second ref) does to the findings: introduced, fixed, unchanged, "
                + "the patch quoted with gupcheck's comments under the lines they concern.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:judged (whatever the findings)", "2:usage or input error (malformed patch, hunk that does not apply, unknown ref)"})
final class DiffCommand implements Callable<Integer> {

    enum Format { annotated, json, sarif, github, rdjson }

    @Option(names = "--format", defaultValue = "annotated", description = "annotated, json, sarif, github or rdjson (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ChangeOptions change;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ConfigurationOptions configuration;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Configuration config = configuration.build();
        AtomicReference<RuleSet> rules = new AtomicReference<>();
        ChangeAnalysis.Report report = ChangeRun.judge(change, ruleOptions::load, config, rules);
        print(spec, format, report, report.net(), rules.get(), "diff", change);
        return 0;
    }

    static void print(CommandSpec spec, Format format, ChangeAnalysis.Report report, ChangeJudgement shown, RuleSet rules,
                      String command, ChangeOptions change) {
        ReportOutput.emit(spec, buffer -> {
            switch (format) {
                case json -> DiffJsonReport.write(Main.Version.number(), report, shown, buffer);
                case sarif -> DiffSarifReport.write(Main.Version.number(), shown, report.headResult(), rules, buffer);
                case github -> new GithubAnnotations().write(new ScanResult(report.headResult().target(),
                        shown.introduced().stream().map(ChangeJudgement.Judged::finding).toList(), report.headResult().facts(),
                        report.headResult().stats()), rules, buffer);
                case rdjson -> DiffRdjsonReport.write(shown, buffer);
                default -> {
                    List<PatchMail> patches = report.series() != null ? report.series().patches()
                            : List.of(DiffAnnotatedReport.patchBetween(report.base().name() + ".." + report.head(), report.before(), report.after()));
                    DiffAnnotatedReport.write(report, patches, change.repo.toString(), ChangeRun.reproduce(command, change), buffer);
                }
            }
        });
    }
}
