package gupcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class CallgraphCommandTest {

    private static final String EXAMPLE = "examples/linux-5.4-backport";

    @TempDir
    Path tmp;

    @Test
    void dotBetweenTwoFunctionsRendersWithGraphviz() throws Exception {
        CliRunner run = CliRunner.run("callgraph", "--from", "__get_user_pages", "--to", "follow_trans_huge_pmd", EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        String dot = run.out();
        assertTrue(dot.startsWith("digraph callgraph {"), dot);
        assertTrue(dot.contains("label=\"__get_user_pages\\nmm/gup.c:"), dot);
        assertTrue(dot.contains("label=\"follow_trans_huge_pmd\\nmm/huge_memory.c:"), dot);
        assertTrue(!dot.contains("get_user_pages_fast"), "only nodes on paths between the two: " + dot);

        if (!commandExists("dot")) {
            System.out.println("SKIPPED rendering with Graphviz: 'dot' is not installed (apt-get install graphviz)");
            return;
        }
        Path file = tmp.resolve("g.dot");
        Files.writeString(file, dot);
        Process p = new ProcessBuilder("dot", "-Tsvg", file.toString()).redirectErrorStream(true).start();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), svg);
        assertTrue(svg.contains("<svg"), svg);
        assertTrue(svg.contains("follow_trans_huge_pmd"), svg);
    }

    @Test
    void externalNodesAreDashed() {
        CliRunner run = CliRunner.run("callgraph", "--from", "follow_trans_huge_pmd", "--depth", "1", EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("style=\"dashed\""), run.out());
    }

    @Test
    void graphmlIsWellFormedXml() throws Exception {
        CliRunner run = CliRunner.run("callgraph", "--format", "graphml", "--from", "__get_user_pages", EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertTrue(doc.getElementsByTagName("node").getLength() > 5);
        assertTrue(doc.getElementsByTagName("edge").getLength() > 5);
    }

    @Test
    void jsonHasNodesAndEdges() throws Exception {
        CliRunner run = CliRunner.run("callgraph", "--format", "json", "--to", "follow_hugetlb_page", EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("nodes").size() >= 2, run.out());
        assertTrue(json.get("edges").size() >= 1, run.out());
    }

    @Test
    void unknownFunctionIsAnInputError() {
        CliRunner run = CliRunner.run("callgraph", "--from", "no_such_function", EXAMPLE);
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains("--from no_such_function"), run.err());
        assertEquals("", run.out());
    }

    static boolean commandExists(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
