package gupcheck.cpp;

import static gupcheck.cpp.Fixture.keptLines;
import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinePreservationTest {

    @Test
    void everyDirectiveKindBecomesABlankLine() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#include <linux/mm.h>",
                "a;",
                "#error \"don't build this\"",
                "#warning isn't used",
                "#pragma once",
                "#line 40 \"x.c\"",
                "# 123 \"mm/gup.c\" 2",
                "#",
                "#ident \"v1\"",
                "b;"));
        assertEquals(lines("", "a;", "", "", "", "", "", "", "", "b;"), file.text());
        assertEquals(List.of(2, 10), keptLines(file));
    }

    @Test
    void keptLinesKeepExactContent() throws Exception {
        String text = lines("\tstatic  int\tx =  1;   ", "", "    ", "\t}");
        PreprocessedFile file = preprocess(text);
        assertEquals(text, file.text());
        assertEquals(List.of(1, 2, 3, 4), keptLines(file));
    }

    @Test
    void missingFinalNewlineIsPreserved() throws Exception {
        PreprocessedFile file = preprocess("#if 1\na;\n#endif");
        assertEquals("\na;\n", file.text());
        assertEquals(3, file.lineCount());
    }

    @Test
    void lastLineWithoutNewlineIsKept() throws Exception {
        PreprocessedFile file = preprocess("#define A 1\nint a;");
        assertEquals("\nint a;", file.text());
    }

    @Test
    void emptyFile() throws Exception {
        PreprocessedFile file = preprocess("");
        assertEquals("", file.text());
        assertEquals(0, file.lineCount());
        assertEquals(0, file.macros().size());
    }

    @Test
    void onlyBlankLines() throws Exception {
        PreprocessedFile file = preprocess("\n\n\n");
        assertEquals("\n\n\n", file.text());
        assertEquals(List.of(1, 2, 3), keptLines(file));
    }

    @Test
    void windowsLineEndingsArePreserved() throws Exception {
        PreprocessedFile file = preprocess("#if 0\r\na;\r\n#endif\r\nb; /* c */\r\n");
        assertEquals("\r\n\r\n\r\nb;        \r\n", file.text());
    }

    @Test
    void pathIsKept() throws Exception {
        assertEquals(Fixture.PATH, preprocess("x;").path());
    }

    @Test
    void lineNumbersOutsideTheFileAreRejected() throws Exception {
        PreprocessedFile file = preprocess(lines("a;", "b;"));
        assertThrows(IndexOutOfBoundsException.class, () -> file.isKept(0));
        assertThrows(IndexOutOfBoundsException.class, () -> file.isKept(3));
        assertThrows(IndexOutOfBoundsException.class, () -> file.presenceAt(3));
    }

    @Test
    void unterminatedCommentRunsToEndOfFile() throws Exception {
        PreprocessedFile file = preprocess(lines("a; /* open", "#endif", "b;"));
        assertEquals(lines("a;        ", "      ", "  "), file.text());
    }
}
