package gupcheck.rules;

import gupcheck.cpp.Configuration;
import gupcheck.cpp.PreprocessorException;
import gupcheck.graph.CallGraph;
import gupcheck.model.ProgramModel;
import gupcheck.parse.FileSetParser;
import gupcheck.parse.ParsedFile;
import gupcheck.source.SourceFile;
import java.util.List;

/** Source files in, verdict out: parse, model, call graph, rules. */
public final class TargetScanner {

    private final RuleEngine engine;
    private final FileSetParser parser;

    public TargetScanner(RuleSet rules, Configuration configuration, int jobs) {
        this.engine = new RuleEngine(rules);
        this.parser = new FileSetParser(configuration, jobs);
    }

    public ScanResult scan(String name, List<SourceFile> sources) throws PreprocessorException, gupcheck.source.InputException {
        long started = System.nanoTime();
        List<ParsedFile> parsed = parser.parseSource(sources);
        ProgramModel program = ProgramModel.build(parsed);
        TargetAnalysis target = new TargetAnalysis(name, sources, program, CallGraph.build(program));
        List<Finding> findings = engine.findings(target);
        int unparsed = parsed.stream().mapToInt(p -> p.unparsedFunctions().size()).sum();
        return new ScanResult(name, findings, engine.facts(target),
                new ScanResult.Stats(sources.size(), program.functions().size(), unparsed,
                        (System.nanoTime() - started) / 1_000_000));
    }
}
