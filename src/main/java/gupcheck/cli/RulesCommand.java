package gupcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gupcheck.rules.FixtureHarness;
import gupcheck.rules.RuleDefinition;
import gupcheck.rules.RuleLoader;
import gupcheck.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules; 'gupcheck rules test' runs every rule's fixtures.",
        subcommands = RulesCommand.Test.class)
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    RuleOptions ruleOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleSet rules = ruleOptions.load();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rules.rules()));
        } else {
            for (RuleDefinition rule : rules.rules()) {
                out.printf("%s (%s): %s%n", rule.id(), rule.severity().label(), rule.title());
                out.printf("    flag %s; files %s%n", rule.flag(), String.join(", ", rule.files()));
                out.printf("    lookups: %s%n", String.join(", ", rule.lookups().stream()
                        .map(l -> l.name() + " [" + l.kind() + (l.severity() != null ? ", " + l.severity().label() : "") + "]").toList()));
                if (!rule.guardsOrEmpty().isEmpty()) {
                    out.printf("    guards: %s%n", String.join(", ", rule.guardsOrEmpty()));
                }
                if (!rule.postLookupChecksOrEmpty().isEmpty()) {
                    out.printf("    post-lookup checks: %s%n", String.join(", ", rule.postLookupChecksOrEmpty()));
                }
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every rule's fixture trees (rules/<id>/<case>/) and check their expect:/ok: annotations exactly.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed", "1:a case failed", "2:usage or input error"})
    static final class Test implements Callable<Integer> {

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
                description = "Directory with the rule files and their fixture directories (default: ${DEFAULT-VALUE}).")
        Path directory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RuleSet rules = RuleLoader.fromDirectory(directory);
            List<FixtureHarness.CaseResult> results = new FixtureHarness(directory, rules).run();
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            for (FixtureHarness.CaseResult r : results) {
                out.printf("%s %s/%s (%d expected)%n", r.passed() ? "PASS" : "FAIL", r.rule(), r.name(), r.expected());
                r.problems().forEach(p -> out.println("    " + p));
                failed += r.passed() ? 0 : 1;
            }
            out.printf("%d passed, %d failed%n", results.size() - failed, failed);
            out.flush();
            return failed == 0 ? 0 : 1;
        }
    }
}
