package gupcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gupcheck.rules.BranchScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The architecture's `branches` JSON: refs with verdict, findings and blobs; stats of the run. */
public final class BranchesJsonReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BranchesJsonReport() {
    }

    public static ObjectNode document(String toolVersion, String repository, BranchScanner.Result scan) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "gupcheck");
        tool.put("version", toolVersion);
        root.put("repository", repository);
        ArrayNode refs = root.putArray("refs");
        for (BranchScanner.Row row : scan.rows()) {
            ObjectNode r = refs.addObject();
            r.put("ref", row.ref());
            r.put("commit", row.commit());
            r.put("verdict", row.verdict());
            if (row.result() != null) {
                Boolean thp = row.result().facts().get("readOnlyFileThp");
                if (thp != null) {
                    r.put("readOnlyFileThp", thp);
                }
                r.set("findings", JSON.valueToTree(row.result().findings()));
            } else {
                r.putArray("findings");
                r.put("problem", row.problem());
            }
            r.set("blobs", JSON.valueToTree(row.blobs()));
        }
        BranchScanner.Stats s = scan.stats();
        ObjectNode stats = root.putObject("stats");
        stats.put("refs", s.refs());
        stats.put("distinctTargets", s.distinctTargets());
        stats.put("distinctBlobs", s.distinctBlobs());
        stats.put("parsed", s.parsed());
        stats.put("parseCacheHits", s.parseCacheHits());
        stats.put("cacheHits", s.cacheHits());
        stats.put("millis", s.millis());
        return root;
    }

    public static void write(String toolVersion, String repository, BranchScanner.Result scan, PrintWriter out) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(toolVersion, repository, scan)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
