package gupcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gupcheck.rules.ChangeJudgement;
import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * reviewdog's rdjson: one diagnostic per introduced finding, its witness path as
 * related_locations, so reviewdog's "added" filter keeps what the change brought in.
 */
public final class DiffRdjsonReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiffRdjsonReport() {
    }

    public static void write(ChangeJudgement judgement, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode source = root.putObject("source");
        source.put("name", "gupcheck");
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (ChangeJudgement.Judged j : judgement.introduced()) {
            Finding f = j.finding();
            ObjectNode d = diagnostics.addObject();
            d.put("message", f.message() + " [kind=" + f.kind() + ", sink=" + f.sink() + "]");
            d.set("location", location(f.file(), f.line()));
            d.put("severity", f.severity().name());
            d.putObject("source").put("name", "gupcheck");
            d.putObject("code").put("value", f.rule());
            ArrayNode related = d.putArray("related_locations");
            for (PathEvent e : f.path()) {
                ObjectNode r = related.addObject();
                r.put("message", e.function() + "(): " + e.describe());
                r.set("location", location(e.file(), e.line()));
            }
        }
        try {
            out.println(JSON.writeValueAsString(root));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode location(String file, int line) {
        ObjectNode location = JSON.createObjectNode();
        location.put("path", file);
        location.putObject("range").putObject("start").put("line", line);
        return location;
    }
}
