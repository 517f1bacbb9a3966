package gupcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gupcheck.cpp.Configuration;
import gupcheck.rules.ChangeAnalysis;
import gupcheck.rules.ChangeJudgement;
import gupcheck.rules.Finding;
import gupcheck.rules.RuleSet;
import gupcheck.rules.Severity;
import gupcheck.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "The diff judgement as a pre-merge check: fails when the change introduces a finding.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing introduced at or above --fail-on", "1:the change introduces a finding at or above --fail-on",
                "2:usage or input error"})
final class LintCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "annotated", description = "annotated, json, sarif, github or rdjson (default: ${DEFAULT-VALUE}).")
    DiffCommand.Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error, warning or note: the lowest level that fails (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Known findings (written by --write-baseline) that do not fail.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write every finding after the change as a baseline.")
    Path writeBaseline;

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
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
        }
        Set<String> known = baseline == null ? Set.of() : readBaseline(baseline);
        Configuration config = configuration.build();
        AtomicReference<RuleSet> loadedRules = new AtomicReference<>();
        ChangeAnalysis.Report report = ChangeRun.judge(change, ruleOptions::load, config, loadedRules);
        RuleSet rules = loadedRules.get();
        ChangeJudgement net = report.net();
        List<ChangeJudgement.Judged> introduced = net.introduced().stream()
                .filter(j -> !known.contains(j.finding().identity())).toList();
        ChangeJudgement shown = new ChangeJudgement(introduced, net.fixed(), net.unchanged());
        if (writeBaseline != null) {
            writeBaseline(writeBaseline, report.headResult().findings());
        }
        DiffCommand.print(spec, format, report, shown, rules, "lint", change);
        return shown.introducesAtOrAbove(threshold) ? 1 : 0;
    }

    private static Set<String> readBaseline(Path file) throws InputException {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            Set<String> identities = new HashSet<>();
            for (JsonNode entry : root.path("findings")) {
                identities.add(entry.path("identity").asText());
            }
            if (!root.has("findings")) {
                throw new InputException(file + ": not a gupcheck baseline (no \"findings\")");
            }
            return identities;
        } catch (IOException e) {
            throw new InputException(file + ": cannot read baseline (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static void writeBaseline(Path file, List<Finding> findings) throws InputException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("tool", "gupcheck");
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode entry = list.addObject();
            entry.put("identity", f.identity());
            entry.put("rule", f.rule());
            entry.put("kind", f.kind());
            entry.put("function", f.function());
            entry.put("sink", f.sink());
            entry.put("file", f.file());
            entry.put("line", f.line());
        }
        try {
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new InputException(file + ": cannot write baseline (" + e.getMessage() + ")");
        }
    }
}
