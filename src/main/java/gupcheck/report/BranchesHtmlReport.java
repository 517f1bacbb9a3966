package gupcheck.report;

import gupcheck.rules.BranchScanner;
import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.rules.ScanResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file: no script, no fetch. The matrix with a colour per verdict, then
 * each distinct result's findings with their witness paths and the call path as an inline SVG.
 */
public final class BranchesHtmlReport {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:2em;color:#222}
            table.matrix{border-collapse:collapse;margin:1em 0}
            .matrix th,.matrix td{border:1px solid #bbb;padding:.25em .6em;text-align:left}
            .matrix td.count{text-align:right}
            tr.AFFECTED td.verdict{background:#f4b6b6}
            tr.CLEAN td.verdict{background:#bfe5bf}
            tr.NO-FILES td.verdict{background:#ddd}
            code,.path{font-family:monospace}
            section.result{border-top:2px solid #ccc;margin-top:1.5em}
            ol.path li{margin:.15em 0}
            .error{color:#a40000}.warning{color:#8a5a00}.note{color:#225}
            """;

    private BranchesHtmlReport() {
    }

    public static void write(String toolVersion, String repository, BranchScanner.Result scan, PrintWriter out) {
        List<BranchScanner.Row> rows = scan.rows();
        List<String> kinds = BranchesTextReport.kinds(rows);
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>gupcheck branches: " + Html.escape(repository)
                + "</title><style>" + STYLE + "</style></head><body>");
        out.println("<h1>gupcheck branches</h1>");
        BranchScanner.Stats s = scan.stats();
        out.printf("<p class=\"summary\">Repository <code>%s</code>: %d refs, %d distinct targets, %d distinct blobs "
                        + "(%d parsed, %d from cache), %d ms. gupcheck %s.</p>%n",
                Html.escape(repository), s.refs(), s.distinctTargets(), s.distinctBlobs(), s.parsed(), s.cacheHits(),
                s.millis(), Html.escape(toolVersion));
        out.println("<table class=\"matrix\"><thead><tr><th>ref</th><th>commit</th><th>verdict</th>");
        kinds.forEach(k -> out.print("<th>" + Html.escape(k) + "</th>"));
        out.println("<th>read-only file THP</th></tr></thead><tbody>");
        for (BranchScanner.Row row : rows) {
            out.printf("<tr class=\"%s\"><td>%s</td><td><code>%s</code></td><td class=\"verdict\">%s</td>", row.verdict(),
                    Html.escape(row.ref()), row.commit().substring(0, 12), row.verdict());
            for (String kind : kinds) {
                String count = row.result() == null ? "-"
                        : Long.toString(row.result().findings().stream().filter(f -> f.kind().equals(kind)).count());
                out.print("<td class=\"count\">" + count + "</td>");
            }
            out.println("<td>" + (row.result() == null ? Html.escape(row.problem()) : BranchesTextReport.readOnlyThp(row.result()))
                    + "</td></tr>");
        }
        out.println("</tbody></table>");
        int index = 0;
        for (Map.Entry<ScanResult, List<String>> group : BranchesTextReport.distinctResults(rows).entrySet()) {
            if (group.getKey().findings().isEmpty()) {
                continue;
            }
            index++;
            out.printf("<section class=\"result\" id=\"result-%d\"><h2>%s in %s</h2>%n", index, group.getKey().verdict(),
                    Html.escape(String.join(", ", group.getValue())));
            for (Finding f : group.getKey().findings()) {
                out.printf("<article class=\"finding\"><h3 class=\"%s\"><code>%s:%d</code> %s: %s</h3>%n", f.severity().label(),
                        Html.escape(f.file()), f.line(), f.severity().label(), Html.escape(f.message()));
                out.printf("<p>rule <code>%s</code>, kind <code>%s</code>, sink <code>%s</code>, in <code>%s()</code>%s</p>%n",
                        Html.escape(f.rule()), Html.escape(f.kind()), Html.escape(f.sink()), Html.escape(f.function()),
                        f.conditions().isEmpty() ? "" : ", under <code>" + Html.escape(String.join(" && ", f.conditions())) + "</code>");
                out.println("<ol class=\"path\">");
                for (PathEvent e : f.path()) {
                    out.printf("<li><span class=\"path\">%s:%d</span> <code>%s()</code>: %s</li>%n", Html.escape(e.file()), e.line(),
                            Html.escape(e.function()), Html.escape(e.describe()));
                }
                out.println("</ol>");
                out.println(CallPathSvg.render(f.path()));
                out.println("</article>");
            }
            out.println("</section>");
        }
        out.println("</body></html>");
        out.flush();
    }
}
