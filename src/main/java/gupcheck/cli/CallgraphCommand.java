package gupcheck.cli;

import gupcheck.graph.CallEdge;
import gupcheck.graph.CallGraph;
import gupcheck.graph.CallGraphExporter;
import gupcheck.graph.FunctionNode;
import gupcheck.model.ProgramModel;
import gupcheck.parse.FileSetParser;
import gupcheck.parse.ParsedFile;
import gupcheck.rules.RuleLoader;
import gupcheck.source.InputException;
import gupcheck.source.SourceFile;
import java.util.List;
import java.util.concurrent.Callable;
import org.jgrapht.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "callgraph", mixinStandardHelpOptions = true,
        description = "Print the call graph of a target, or the part of it on call paths from one function to another.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graph printed", "2:usage or input error (also: --from/--to names no function)"})
final class CallgraphCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "dot", description = "dot, graphml or json (default: ${DEFAULT-VALUE}).")
    CallGraphExporter.Format format;

    @Option(names = "--from", paramLabel = "FN", description = "Keep only what FN reaches (a name, or file:name for a static function).")
    String from;

    @Option(names = "--to", paramLabel = "FN", description = "Keep only what reaches FN.")
    String to;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "0", description = "At most N calls from --from (or to --to); 0: no limit.")
    int depth;

    @Mixin
    ConfigurationOptions configuration;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<SourceFile> inputs = input.read(() -> RuleLoader.bundled().treeFiles());
        List<ParsedFile> parsed = new FileSetParser(configuration.build(), Runtime.getRuntime().availableProcessors()).parseSource(inputs);
        CallGraph callGraph = CallGraph.build(ProgramModel.build(parsed));
        List<FunctionNode> starts = lookup(callGraph, from, "--from");
        List<FunctionNode> ends = lookup(callGraph, to, "--to");
        Graph<FunctionNode, CallEdge> view = callGraph.between(starts, ends, depth);
        ReportOutput.emit(spec, out -> CallGraphExporter.write(view, format, out));
        return 0;
    }

    private static List<FunctionNode> lookup(CallGraph graph, String name, String option) throws InputException {
        if (name == null) {
            return List.of();
        }
        List<FunctionNode> nodes = graph.find(name);
        if (nodes.isEmpty()) {
            throw new InputException(option + " " + name + ": no such function in the target");
        }
        return nodes;
    }
}
