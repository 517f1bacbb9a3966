package gupcheck.cpp;

import static gupcheck.cpp.Fixture.keptLines;
import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuationTest {

    @Test
    void defineOverThreeLinesBlanksAllOfThem() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#define ADD(a, b) \\",
                "\t((a) + \\",
                "\t (b))",
                "int x;"));
        assertEquals(lines("", "", "", "int x;"), file.text());
        assertEquals(List.of(4), keptLines(file));
        assertEquals(new MacroDefinition("ADD", List.of("a", "b"), "((a) + (b))", 1), file.macros().get("ADD"));
    }

    @Test
    void continuedIfConditionIsEvaluatedWhole() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if defined(CONFIG_A) && \\",
                "    defined(__ASSEMBLY__)",
                "a;",
                "#else",
                "b;",
                "#endif"));
        assertEquals(lines("", "", "", "", "b;", ""), file.text());
        assertEquals(List.of("!(defined(CONFIG_A) && defined(__ASSEMBLY__))"), file.presenceAt(5));
    }

    @Test
    void spliceJoinsWithoutAddingSpace() throws Exception {
        PreprocessedFile file = preprocess(lines("#define LONG_NA\\", "ME 1", "#if LONG_NAME == 1", "x;", "#endif"));
        assertEquals("1", file.macros().get("LONG_NAME").body());
        assertEquals(List.of(4), keptLines(file));
    }

    @Test
    void backslashNewlineInCodeIsLeftAlone() throws Exception {
        PreprocessedFile file = preprocess(lines("int a = 1 + \\", "        2;"));
        assertEquals(lines("int a = 1 + \\", "        2;"), file.text());
    }

    @Test
    void lineAfterCodeSpliceIsNotADirective() throws Exception {
        PreprocessedFile file = preprocess(lines("x = 1 \\", "#if 0", ";"));
        assertEquals(lines("x = 1 \\", "#if 0", ";"), file.text());
    }

    @Test
    void continuedDirectiveInsideDroppedCodeIsSkippedWhole() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0", "#define X \\", "#endif", "#endif", "y;"));
        assertEquals(List.of(5), keptLines(file));
        assertEquals(0, file.macros().size());
    }

    @Test
    void crlfContinuationIsRecognised() throws Exception {
        PreprocessedFile file = preprocess("#if 1 && \\\r\n  0\r\na;\r\n#endif\r\nb;\r\n");
        assertEquals("\r\n\r\n\r\n\r\nb;\r\n", file.text());
    }

    @Test
    void spliceOnTheLastLineOfTheFileIsDropped() throws Exception {
        PreprocessedFile file = preprocess(lines("#define LAST 7 \\"));
        assertEquals(new MacroDefinition("LAST", null, "7", 1), file.macros().get("LAST"));
        assertEquals(lines(""), file.text());
    }
}
