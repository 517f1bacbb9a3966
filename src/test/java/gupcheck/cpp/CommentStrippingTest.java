package gupcheck.cpp;

import static gupcheck.cpp.Fixture.keptLines;
import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentStrippingTest {

    @Test
    void directiveInsideBlockCommentIsIgnored() throws Exception {
        PreprocessedFile file = preprocess(lines("/*", "#if 0", " */", "int a;"));
        assertEquals(lines("  ", "     ", "   ", "int a;"), file.text());
        assertEquals(List.of(1, 2, 3, 4), keptLines(file));
    }

    @Test
    void blockCommentOpenedOnDirectiveLineContinuesTheDirective() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#define LIMIT 10 /* a long",
                "   explanation of the limit",
                "   */",
                "int a;"));
        assertEquals(lines("", "", "", "int a;"), file.text());
        assertEquals(List.of(4), keptLines(file));
        assertEquals("10", file.macros().get("LIMIT").body());
    }

    @Test
    void endifWithMultiLineCommentClosesTheChain() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef __ASSEMBLY__", "a;", "#endif /* __ASSEMBLY__", " * still the comment */", "b;"));
        assertEquals(lines("", "", "", "", "b;"), file.text());
    }

    @Test
    void lineCommentsBecomeSpaces() throws Exception {
        PreprocessedFile file = preprocess(lines("int a; // trailing", "// #if 0", "int b;"));
        assertEquals(lines("int a;            ", "        ", "int b;"), file.text());
    }

    @Test
    void lineCommentEndingInBackslashContinues() throws Exception {
        PreprocessedFile file = preprocess(lines("// one \\", "two", "three;"));
        assertEquals(lines("        ", "   ", "three;"), file.text());
    }

    @Test
    void commentMarkersInsideLiteralsAreText() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "char *s = \"/* not a comment */\"; /* real */",
                "char *t = \"// nor this\"; char q = '\"'; // real",
                "char e = '\\''; char *u = \"\\\"/*\"; /**/"));
        assertEquals(lines(
                "char *s = \"/* not a comment */\";           ",
                "char *t = \"// nor this\"; char q = '\"';        ",
                "char e = '\\''; char *u = \"\\\"/*\";     "), file.text());
    }

    @Test
    void commentBeforeHashStillMakesADirective() throws Exception {
        PreprocessedFile file = preprocess(lines("/* lead */ #ifdef __ASSEMBLY__", "a;", "# /* gap */ endif", "b;"));
        assertEquals(lines("", "", "", "b;"), file.text());
    }

    @Test
    void commentInsideCodeKeepsColumnsOfFollowingCode() throws Exception {
        PreprocessedFile file = preprocess(lines("\tx = /* why */ y;"));
        assertEquals(lines("\tx =           y;"), file.text());
    }

    @Test
    void blockCommentSpanningCodeLinesKeepsNewlines() throws Exception {
        PreprocessedFile file = preprocess(lines("a; /* one", "two", "three */ b;"));
        assertEquals(lines("a;       ", "   ", "         b;"), file.text());
    }

    @Test
    void commentInDirectiveDoesNotReachTheCondition() throws Exception {
        PreprocessedFile file = preprocess(lines("#if 1 /* || 0 */ && defined(CONFIG_A) // tail", "x;", "#endif"));
        assertEquals(List.of("1 && defined(CONFIG_A)"), file.presenceAt(2));
    }
}
