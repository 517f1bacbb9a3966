package gupcheck.cpp;

import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresenceConditionTest {

    @Test
    void nestedBranchesListConditionsOutermostFirst() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "top;",
                "#ifdef CONFIG_A",
                "a;",
                "#ifndef __ASSEMBLY__",
                "b;",
                "#if  defined( CONFIG_B )   &&\tFOO > 1",
                "c;",
                "#endif",
                "b2;",
                "#endif",
                "#endif",
                "bottom;"));
        assertEquals(List.of(), file.presenceAt(1));
        assertEquals(List.of("CONFIG_A"), file.presenceAt(3));
        assertEquals(List.of("CONFIG_A", "!__ASSEMBLY__"), file.presenceAt(5));
        assertEquals(List.of("CONFIG_A", "!__ASSEMBLY__", "defined( CONFIG_B ) && FOO > 1"), file.presenceAt(7));
        assertEquals(List.of("CONFIG_A", "!__ASSEMBLY__"), file.presenceAt(9));
        assertEquals(List.of(), file.presenceAt(12));
    }

    @Test
    void elifBranchNegatesEarlierConditions() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef __ASSEMBLY__", "a;", "#elif defined(CONFIG_B)", "b;", "#else", "c;", "#endif"));
        assertEquals(List.of("!__ASSEMBLY__ && defined(CONFIG_B)"), file.presenceAt(4));
    }

    @Test
    void elseBranchNegatesEveryCondition() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef __ASSEMBLY__", "a;", "#elif defined(__CHECKER__)", "b;", "#else", "c;", "#endif"));
        assertEquals(List.of("!__ASSEMBLY__ && !(defined(__CHECKER__))"), file.presenceAt(6));
    }

    @Test
    void elseOfIfndefGivesThePlainName() throws Exception {
        PreprocessedFile file = preprocess(Fixture.kconfig("CONFIG_A=y"),
                lines("#ifndef CONFIG_A", "a;", "#else", "b;", "#endif"));
        assertEquals(List.of("CONFIG_A"), file.presenceAt(4));
    }

    @Test
    void elifWithOrIsParenthesisedInTheConjunction() throws Exception {
        PreprocessedFile file = preprocess(lines("#if 0", "a;", "#elif FOO || BAR", "b;", "#endif"));
        assertEquals(List.of("!0 && (FOO || BAR)"), file.presenceAt(4));
    }

    @Test
    void elseInsideTakenBranchExtendsTheOuterList() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if IS_ENABLED(CONFIG_X)", "#if 2 > 3", "a;", "#else", "b;", "#endif", "#endif"));
        assertEquals(List.of("IS_ENABLED(CONFIG_X)", "!(2 > 3)"), file.presenceAt(5));
    }

    @Test
    void continuedConditionIsJoinedOnOneLine() throws Exception {
        PreprocessedFile file = preprocess(lines("#if defined(CONFIG_A) && \\", "    defined(CONFIG_B)", "x;", "#endif"));
        assertEquals(List.of("defined(CONFIG_A) && defined(CONFIG_B)"), file.presenceAt(3));
    }

    @Test
    void droppedAndDirectiveLinesHaveNoConditions() throws Exception {
        PreprocessedFile file = preprocess(lines("#ifdef CONFIG_A", "a;", "#else", "b;", "#endif"));
        assertEquals(List.of(), file.presenceAt(1));
        assertEquals(List.of(), file.presenceAt(4));
        assertEquals(List.of(), file.presenceAt(5));
    }

    @Test
    void linesOfOneBranchShareOneImmutableList() throws Exception {
        PreprocessedFile file = preprocess(lines("#ifdef CONFIG_A", "a;", "b;", "#endif"));
        assertSame(file.presenceAt(2), file.presenceAt(3));
        List<String> conditions = file.presenceAt(2);
        assertThrows(UnsupportedOperationException.class, () -> conditions.add("x"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "X -> !X",
        "0 -> !0",
        "!X -> X",
        "defined(X) -> !(defined(X))",
        "(A || B) -> !(A || B)",
        "(A) || (B) -> !((A) || (B))",
        "!defined(X) -> !(!defined(X))",
        "A > 3 -> !(A > 3)",
    })
    void negation(String condition, String negated) {
        assertEquals(negated, PresenceConditions.negate(condition));
    }
}
