package gupcheck.cli;

import gupcheck.parse.FileSetParser;
import gupcheck.parse.ParsedFile;
import gupcheck.report.ParseReport;
import gupcheck.rules.RuleLoader;
import gupcheck.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse kernel C files and report functions found and anything that could not be parsed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every function parsed", "1:some function could not be parsed", "2:usage or input error"})
final class ParseCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel parser threads (default: the core count).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    ConfigurationOptions configuration;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FileSetParser parser = new FileSetParser(configuration.build(), jobs);
        List<SourceFile> inputs = input.read(() -> RuleLoader.bundled().treeFiles());
        long started = System.nanoTime();
        List<ParsedFile> parsed = parser.parseSource(inputs);
        ParseReport report = new ParseReport(parsed, (System.nanoTime() - started) / 1_000_000);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            report.writeJson(out);
        } else {
            report.writeText(out);
        }
        return report.hasUnparsedFunctions() ? 1 : 0;
    }
}
