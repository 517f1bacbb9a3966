package gupcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final String EXAMPLE = "examples/linux-5.4-backport";

    @TempDir
    Path tmp;

    @Test
    void versionAndHelp() {
        CliRunner version = CliRunner.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("gupcheck "), version.out());

        CliRunner help = CliRunner.run("--help");
        assertEquals(0, help.exitCode());
        for (String command : new String[] {"scan", "branches", "diff", "lint", "parse", "callgraph", "rules", "demo", "help"}) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " listed in: " + help.out());
        }
        assertTrue(CliRunner.run("parse", "--help").out().contains("--config"));
        // a command line registers only the command it names; help and errors still see them all
        assertTrue(CliRunner.run("help", "diff").out().contains("--patch"));
        assertTrue(CliRunner.run("--debug", "lint", "--help").out().contains("--fail-on"));
        CliRunner unknown = CliRunner.run("sacn", "x");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("sacn"), unknown.err());
    }

    @Test
    void parsesTheExampleTreeRelativeToIt() {
        CliRunner run = CliRunner.run("parse", EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("mm/gup.c: "), run.out());
        assertTrue(run.out().contains("mm/khugepaged.c: "), run.out());
        assertTrue(run.out().contains(" 0 unparsed functions"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        CliRunner run = CliRunner.run("parse", "--format", "json", EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode gup = json.get("files").get(0);
        assertEquals("mm/gup.c", gup.get("path").asText());
        assertTrue(gup.get("lines").asInt() > 100);
        assertTrue(gup.get("functions").asInt() > 10);
        assertTrue(gup.get("unparsed").isArray());
        assertTrue(gup.has("millis"));
        assertEquals(4, json.get("totals").get("files").asInt());
    }

    @Test
    void reportsAnUnparsedFunctionByNameAndLineAndExitsOne() throws Exception {
        Path file = write("broken.c", """
                static int fine(int a)
                {
                	return a + 1;
                }

                static int broken(int a)
                {
                	return a +* / 2;
                }

                static int also_fine(void)
                {
                	return fine(1);
                }
                """);
        CliRunner run = CliRunner.run("parse", "--format", "json", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        JsonNode entry = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertEquals(2, entry.get("functions").asInt());
        assertEquals("broken@6", entry.get("unparsed").get(0).asText());
    }

    @Test
    void missingPathIsAnInputError() {
        assertInputError(CliRunner.run("parse", tmp.resolve("nope").toString()), "nope: no such file or directory");
    }

    @Test
    void directoryWithoutTheFilesIsAnInputError() {
        assertInputError(CliRunner.run("parse", tmp.toString()), "not a kernel tree");
    }

    @Test
    void binaryFileIsAnInputError() throws Exception {
        Path file = tmp.resolve("gup.o");
        Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2});
        assertInputError(CliRunner.run("parse", file.toString()), "gup.o: binary file");
    }

    @Test
    void nonUtf8IsAnInputError() throws Exception {
        Path file = tmp.resolve("latin1.c");
        Files.write(file, "int a;\n/* Jos\u00e9 */\n".getBytes(StandardCharsets.ISO_8859_1));
        assertInputError(CliRunner.run("parse", file.toString()), "latin1.c: not UTF-8 text (invalid byte 0xe9 on line 2)");
    }

    @Test
    void unterminatedIfIsAnInputError() throws Exception {
        Path file = write("open.c", "int a;\n#ifdef CONFIG_X\nint b;\n");
        assertInputError(CliRunner.run("parse", file.toString()), "open.c:2");
    }

    @Test
    void badConfigIsAnInputError() throws Exception {
        Path config = write("bad.config", "CONFIG_A=y\nthis is not kconfig\n");
        assertInputError(CliRunner.run("parse", "--config", config.toString(), EXAMPLE), "bad.config:2");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner run = CliRunner.run("parse", "--frobnicate", EXAMPLE);
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void configurationDropsDisabledCode() throws Exception {
        Path file = write("cfg.c", """
                #ifdef CONFIG_FOO
                int with_foo(void) { return 1; }
                int with_foo_too(void) { return 2; }
                #else
                int without_foo(void) { return 0; }
                #endif
                """);
        Path config = write("foo.config", "# CONFIG_FOO is not set\nCONFIG_BAR=y\n");
        JsonNode enabled = new ObjectMapper().readTree(CliRunner.run("parse", "--format", "json", file.toString()).out());
        JsonNode disabled = new ObjectMapper().readTree(
                CliRunner.run("parse", "--format", "json", "--config", config.toString(), file.toString()).out());
        JsonNode undefined = new ObjectMapper().readTree(
                CliRunner.run("parse", "--format", "json", "-U", "CONFIG_FOO", file.toString()).out());
        assertEquals(2, enabled.get("totals").get("functions").asInt());
        assertEquals(1, disabled.get("totals").get("functions").asInt());
        assertEquals(1, undefined.get("totals").get("functions").asInt());
    }

    @Test
    void badConfigurationOptionsAreInputErrors() {
        assertInputError(CliRunner.run("parse", "--config", tmp.resolve("missing.config").toString(), EXAMPLE),
                "missing.config: cannot read the configuration (no such file)");
        assertInputError(CliRunner.run("parse", "-D", "1FOO=2", EXAMPLE), "-D 1FOO=2: '1FOO' is not a valid macro name");
        assertInputError(CliRunner.run("parse", "-U", "no-dash", EXAMPLE), "-U no-dash: not a valid macro name");
    }

    @Test
    void aTextFileIsNotC() throws Exception {
        Path notes = write("notes.c", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n");
        assertInputError(CliRunner.run("parse", notes.toString()), "notes.c: not C source");
        assertInputError(CliRunner.run("scan", notes.toString()), "notes.c: not C source");
        // an #included fragment of a function body parses to nothing, but is C: reported, not refused
        Path fragment = write("decode_body.c", "{\n\tint count = 0;\n\tcount += step(;\n}\n");
        CliRunner fragmentRun = CliRunner.run("parse", fragment.toString());
        assertTrue(fragmentRun.exitCode() != 2, fragmentRun.err());
        assertTrue(fragmentRun.out().contains("unparsed declaration"), fragmentRun.out());
        CliRunner noCommand = CliRunner.run();
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.err().contains("a command is required (scan, branches, diff, lint"), noCommand.err());
    }

    private void assertInputError(CliRunner run, String expectedPart) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.errLines(), "exactly one line on stderr: " + run.err());
        assertTrue(run.err().contains(expectedPart), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out(), "no half-written report");
    }

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
