package gupcheck.cpp;

import static gupcheck.cpp.Fixture.keptLines;
import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreprocessorErrorTest {

    private static String errorFor(String text) {
        return assertThrows(PreprocessorException.class,
                () -> new Preprocessor(Configuration.allEnabled()).process("mm/gup.c", text)).getMessage();
    }

    @Test
    void unterminatedIfNamesTheLineThatOpenedIt() {
        assertEquals("mm/gup.c:2: unterminated #if (opened here)",
                errorFor(lines("a;", "#if 1", "#ifdef X", "#endif", "b;")));
    }

    @Test
    void innermostUnterminatedChainIsReported() {
        assertEquals("mm/gup.c:3: unterminated #ifndef (opened here)",
                errorFor(lines("#ifdef X", "#else", "#ifndef Y", "a;")));
    }

    @Test
    void unterminatedIfInsideDroppedCodeIsStillAnError() {
        assertEquals("mm/gup.c:2: unterminated #ifdef (opened here)",
                errorFor(lines("#if 0", "#ifdef X", "a;")));
    }

    @Test
    void strayEndifElseAndElif() {
        assertEquals("mm/gup.c:3: #endif without #if", errorFor(lines("#if 1", "#endif", "#endif")));
        assertEquals("mm/gup.c:1: #else without #if", errorFor(lines("#else", "#endif")));
        assertEquals("mm/gup.c:2: #elif without #if", errorFor(lines("a;", "#elif 1")));
    }

    @Test
    void elifAfterElse() {
        assertEquals("mm/gup.c:4: #elif after #else (line 3)",
                errorFor(lines("#if 0", "a;", "#else", "#elif 1", "#endif")));
    }

    @Test
    void secondElse() {
        assertEquals("mm/gup.c:5: #else after #else (line 3)",
                errorFor(lines("#if 0", "a;", "#else", "b;", "#else", "#endif")));
    }

    @Test
    void structuralErrorsCountEvenInDroppedCode() {
        assertEquals("mm/gup.c:5: #else after #else (line 4)",
                errorFor(lines("#if 0", "#if 1", "a;", "#else", "#else", "#endif", "#endif")));
    }

    @Test
    void badExpressionInEvaluatedBranch() {
        assertEquals("mm/gup.c:2: invalid #if expression \"1 +\": expected an operand but found end of expression",
                errorFor(lines("a;", "#if 1 + // comment", "#endif")));
        assertEquals("mm/gup.c:3: invalid #elif expression \"(A\": expected ')' but found end of expression",
                errorFor(lines("#if 0", "a;", "#elif (A", "#endif")));
    }

    @Test
    void badExpressionInDroppedBranchIsIgnored() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0", "#if 1 +", "#endif", "#elif 1", "ok;", "#elif )(", "#endif"));
        assertEquals(List.of(5), keptLines(file));
    }

    @Test
    void missingExpressionOrName() {
        assertEquals("mm/gup.c:1: #if with no expression", errorFor(lines("#if", "#endif")));
        assertEquals("mm/gup.c:2: #elif with no expression", errorFor(lines("#if 0", "#elif /* nothing */", "#endif")));
        assertEquals("mm/gup.c:1: #ifdef: no macro name given", errorFor(lines("#ifdef", "#endif")));
        assertEquals("mm/gup.c:1: #ifndef: macro names must be identifiers", errorFor(lines("#ifndef 3", "#endif")));
    }

    @Test
    void missingNameInDroppedCodeIsIgnored() throws Exception {
        PreprocessedFile file = preprocess(lines("#if 0", "#ifdef", "#endif", "#endif", "x;"));
        assertEquals(List.of(5), keptLines(file));
    }

    @Test
    void exceptionCarriesItsParts() {
        PreprocessorException error = assertThrows(PreprocessorException.class,
                () -> new Preprocessor(Configuration.allEnabled()).process("a/b.c", lines("", "", "#endif")));
        assertEquals("a/b.c", error.path());
        assertEquals(3, error.line());
        assertEquals("#endif without #if", error.problem());
    }
}
