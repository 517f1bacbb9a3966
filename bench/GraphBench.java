import gupcheck.cpp.Configuration;
import gupcheck.graph.CallGraph;
import gupcheck.model.ProgramModel;
import gupcheck.parse.FileSetParser;
import gupcheck.parse.ParsedFile;
import gupcheck.source.SourceDecoder;
import gupcheck.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parse time versus model time (CFGs, dominance, control dependence, call graph) for the same
 * files, warm, median of N rounds. Run: java -cp target/gupcheck.jar bench/GraphBench.java FILE...
 */
public class GraphBench {
    public static void main(String[] args) throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (String a : args) {
            files.add(new SourceFile(a, null, SourceDecoder.decode(a, Files.readAllBytes(Path.of(a)))));
        }
        FileSetParser parser = new FileSetParser(Configuration.allEnabled(), 1);
        int rounds = 20;
        long[] parse = new long[rounds];
        long[] model = new long[rounds];
        int functions = 0;
        int vertices = 0;
        int edges = 0;
        for (int r = -10; r < rounds; r++) {
            long t0 = System.nanoTime();
            List<ParsedFile> parsed = parser.parse(files);
            long t1 = System.nanoTime();
            ProgramModel program = ProgramModel.build(parsed);
            program.functions().forEach(f -> f.cfg().nodes().forEach(n -> f.cfg().controlDependences(n)));
            CallGraph graph = CallGraph.build(program);
            long t2 = System.nanoTime();
            if (r >= 0) {
                parse[r] = t1 - t0;
                model[r] = t2 - t1;
            }
            functions = program.functions().size();
            vertices = graph.graph().vertexSet().size();
            edges = graph.graph().edgeSet().size();
        }
        System.out.printf("%d files, %d functions; call graph %d nodes, %d edges%n", files.size(), functions, vertices, edges);
        System.out.printf("parse: %.1f ms; CFGs + control dependence + call graph: %.1f ms (medians of %d warm rounds)%n",
                median(parse) / 1e6, median(model) / 1e6, rounds);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
