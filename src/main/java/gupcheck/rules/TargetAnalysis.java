package gupcheck.rules;

import gupcheck.graph.CallGraph;
import gupcheck.model.ProgramModel;
import gupcheck.source.SourceFile;
import java.util.List;

/** Everything the rules read about one target: the sources, the parsed model and the call graph. */
public record TargetAnalysis(String name, List<SourceFile> sources, ProgramModel program, CallGraph callGraph) {

    /** Whether any of the target's files mentions the symbol (in #if lines or in code). */
    public boolean mentions(String symbol) {
        return sources.stream().anyMatch(s -> s.text().contains(symbol));
    }
}
