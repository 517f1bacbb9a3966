package gupcheck.parse;

import gupcheck.cpp.PreprocessedFile;
import gupcheck.parse.ast.FunctionDef;
import java.util.List;

/** One file after preprocessing and parsing: its functions, what could not be read, and timing. */
public record ParsedFile(String path, PreprocessedFile preprocessed, List<FunctionDef> functions,
                         List<Unparsed> unparsed, int llFallbacks, long nanos, List<ChunkRecord> chunks) {

    public int lineCount() {
        return preprocessed.lineCount();
    }

    public List<Unparsed> unparsedFunctions() {
        return unparsed.stream().filter(Unparsed::function).toList();
    }

    /** Nothing in the file parses: it has top-level items and every one failed. Not C, then. */
    public boolean nothingParsed() {
        return chunks != null && !chunks.isEmpty() && chunks.stream().allMatch(c -> !c.unparsed().isEmpty());
    }

    /** The #if conditions a line sits under, outermost first. */
    public List<String> presenceAt(int line) {
        return preprocessed.presenceAt(line);
    }
}
