package gupcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gupcheck.rules.ChangeAnalysis;
import gupcheck.rules.ChangeJudgement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The architecture's diff/lint JSON: introduced, fixed, unchanged (finding + "hunk"), plus context. */
public final class DiffJsonReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiffJsonReport() {
    }

    public static ObjectNode document(String toolVersion, ChangeAnalysis.Report report, ChangeJudgement shown) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "gupcheck");
        tool.put("version", toolVersion);
        judgement(root, shown);
        ObjectNode base = root.putObject("base");
        base.put("ref", report.base().name());
        base.put("commit", report.base().commit().name());
        root.put("head", report.head());
        if (report.steps().size() > 1) {
            ArrayNode patches = root.putArray("patches");
            for (ChangeAnalysis.Step step : report.steps()) {
                ObjectNode p = patches.addObject();
                p.put("name", step.patch().name());
                judgement(p, step.judgement());
            }
        }
        strings(root.putArray("skipped"), report.skipped());
        strings(root.putArray("notes"), report.notes());
        return root;
    }

    private static void judgement(ObjectNode node, ChangeJudgement j) {
        list(node.putArray("introduced"), j.introduced());
        list(node.putArray("fixed"), j.fixed());
        list(node.putArray("unchanged"), j.unchanged());
    }

    private static void list(ArrayNode array, List<ChangeJudgement.Judged> judged) {
        for (ChangeJudgement.Judged j : judged) {
            ObjectNode finding = JSON.valueToTree(j.finding());
            if (j.anchor() != null) {
                finding.put("hunk", j.anchor().hunk());
                ObjectNode anchor = finding.putObject("anchor");
                anchor.put("file", j.anchor().file());
                anchor.put("line", j.anchor().line());
                anchor.put("side", j.anchor().side());
            }
            array.add(finding);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    public static void write(String toolVersion, ChangeAnalysis.Report report, ChangeJudgement shown, PrintWriter out) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(toolVersion, report, shown)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
