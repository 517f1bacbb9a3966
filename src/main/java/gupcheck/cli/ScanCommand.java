package gupcheck.cli;

import gupcheck.report.ScanFormat;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import gupcheck.rules.Severity;
import gupcheck.rules.TargetScanner;
import gupcheck.source.SourceFile;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Run the rules over one target: a kernel tree (its mm/gup.c, mm/huge_memory.c, mm/hugetlb.c, "
                + "mm/khugepaged.c) or C files, analysed together.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at error level", "1:a finding at error level", "2:usage or input error"})
final class ScanCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or github (default: ${DEFAULT-VALUE}).")
    ScanFormat format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel parser threads (default: the core count).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ConfigurationOptions configuration;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleSet rules = ruleOptions.load();
        List<SourceFile> inputs = input.read(rules::treeFiles);
        ScanResult result = new TargetScanner(rules, configuration.build(), jobs).scan(input.describe(), inputs);
        ReportOutput.emit(spec, out -> format.writer(Main.Version.number()).write(result, rules, out));
        return result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }
}
