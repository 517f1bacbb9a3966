package gupcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gupcheck.rules.ChangeJudgement;
import gupcheck.rules.Finding;
import gupcheck.rules.RuleSet;
import gupcheck.rules.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SARIF for a change: the findings after it and those it fixed, each with its baselineState. */
public final class DiffSarifReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiffSarifReport() {
    }

    public static void write(String toolVersion, ChangeJudgement judgement, ScanResult after, RuleSet rules, PrintWriter out) {
        List<Finding> all = new ArrayList<>();
        Map<String, String> state = new HashMap<>();
        record(judgement.introduced(), "new", all, state);
        record(judgement.unchanged(), "unchanged", all, state);
        record(judgement.fixed(), "absent", all, state);
        ScanResult combined = new ScanResult(after.target(), all, after.facts(), after.stats());
        ObjectNode log = new SarifReport(toolVersion).document(combined, rules);
        for (JsonNode result : log.get("runs").get(0).get("results")) {
            String key = result.get("partialFingerprints").get(SarifReport.FINGERPRINT).asText() + "@"
                    + result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt();
            ((ObjectNode) result).put("baselineState", state.getOrDefault(key, "unchanged"));
        }
        try {
            out.println(JSON.writeValueAsString(log));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(List<ChangeJudgement.Judged> judged, String baselineState, List<Finding> all, Map<String, String> state) {
        for (ChangeJudgement.Judged j : judged) {
            all.add(j.finding());
            state.put(SarifReport.fingerprint(j.finding()) + "@" + j.finding().line(), baselineState);
        }
    }
}
