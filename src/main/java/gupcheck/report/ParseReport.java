package gupcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gupcheck.parse.ParsedFile;
import gupcheck.parse.Unparsed;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** What {@code gupcheck parse} prints: per file lines, functions, unparsed items and time. */
public final class ParseReport {

    @JsonPropertyOrder({"path", "lines", "functions", "unparsed", "unparsedDeclarations", "llFallbacks", "millis"})
    public record FileEntry(String path, int lines, int functions, List<String> unparsed,
                            List<String> unparsedDeclarations, int llFallbacks, long millis) { }

    @JsonPropertyOrder({"files", "lines", "functions", "unparsed", "unparsedDeclarations", "millis"})
    public record Totals(int files, int lines, int functions, int unparsed, int unparsedDeclarations, long millis) { }

    @JsonPropertyOrder({"files", "totals"})
    public record Document(List<FileEntry> files, Totals totals) { }

    private final Document document;
    private final List<ParsedFile> parsed;

    public ParseReport(List<ParsedFile> parsed, long wallMillis) {
        this.parsed = parsed;
        List<FileEntry> entries = parsed.stream().map(ParseReport::entry).toList();
        Totals totals = new Totals(entries.size(),
                entries.stream().mapToInt(FileEntry::lines).sum(),
                entries.stream().mapToInt(FileEntry::functions).sum(),
                entries.stream().mapToInt(e -> e.unparsed().size()).sum(),
                entries.stream().mapToInt(e -> e.unparsedDeclarations().size()).sum(),
                wallMillis);
        this.document = new Document(entries, totals);
    }

    public Document document() {
        return document;
    }

    public boolean hasUnparsedFunctions() {
        return document.totals().unparsed() > 0;
    }

    private static FileEntry entry(ParsedFile file) {
        List<String> functions = file.unparsed().stream().filter(Unparsed::function).map(Unparsed::label).toList();
        List<String> declarations = file.unparsed().stream().filter(u -> !u.function()).map(Unparsed::label).toList();
        return new FileEntry(file.path(), file.lineCount(), file.functions().size(), functions, declarations,
                file.llFallbacks(), file.nanos() / 1_000_000);
    }

    public void writeText(PrintWriter out) {
        for (ParsedFile file : parsed) {
            FileEntry e = entry(file);
            out.printf("%s: %d lines, %d functions, %d unparsed, %d ms%n", e.path(), e.lines(), e.functions(),
                    e.unparsed().size(), e.millis());
            for (Unparsed u : file.unparsed()) {
                out.printf("  %s: unparsed %s %s (%s)%n", file.path() + ":" + u.line(),
                        u.function() ? "function" : "declaration", u.name(), u.message());
            }
        }
        Totals t = document.totals();
        out.printf("total: %d files, %d lines, %d functions, %d unparsed functions, %d unparsed declarations, %d ms%n",
                t.files(), t.lines(), t.functions(), t.unparsed(), t.unparsedDeclarations(), t.millis());
        out.flush();
    }

    public void writeJson(PrintWriter out) {
        try {
            // the writer is the caller's (often stdout): Jackson must not close it
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
