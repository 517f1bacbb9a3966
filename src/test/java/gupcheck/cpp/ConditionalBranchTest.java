package gupcheck.cpp;

import static gupcheck.cpp.Fixture.keptLines;
import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalBranchTest {

    @Test
    void ifOneKeepsItsBranchAndDropsElse() throws Exception {
        PreprocessedFile file = preprocess(lines("#if 1", "a;", "#else", "b;", "#endif", "c;"));
        assertEquals(lines("", "a;", "", "", "", "c;"), file.text());
        assertEquals(List.of(2, 6), keptLines(file));
    }

    @Test
    void ifZeroDropsItsBranchAndKeepsElse() throws Exception {
        PreprocessedFile file = preprocess(lines("#if 0", "a;", "#else", "b;", "#endif"));
        assertEquals(lines("", "", "", "b;", ""), file.text());
        assertEquals(List.of(4), keptLines(file));
    }

    @Test
    void threeLevelsOfTakenBranchesAreAllKept() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef CONFIG_A",
                "a;",
                "#ifndef __ASSEMBLY__",
                "b;",
                "#if 1",
                "c;",
                "#endif",
                "#endif",
                "#endif"));
        assertEquals(lines("", "a;", "", "b;", "", "c;", "", "", ""), file.text());
    }

    @Test
    void droppedOuterBranchDropsInnerBranchesThatWouldBeTaken() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0",
                "#ifdef CONFIG_A",
                "x;",
                "#else",
                "y;",
                "#endif",
                "z;",
                "#endif",
                "w;"));
        assertEquals(lines("", "", "", "", "", "", "", "", "w;"), file.text());
    }

    @Test
    void thirdLevelInsideDroppedSecondLevelIsDropped() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef CONFIG_A",
                "#ifdef __ASSEMBLY__",
                "#if 1",
                "deep;",
                "#endif",
                "#else",
                "shallow;",
                "#endif",
                "#endif"));
        assertEquals(List.of(7), keptLines(file));
    }

    @Test
    void firstTrueElifWinsOverLaterTrueOnes() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0", "a;", "#elif 1", "b;", "#elif 1", "c;", "#else", "d;", "#endif"));
        assertEquals(lines("", "", "", "b;", "", "", "", "", ""), file.text());
    }

    @Test
    void unknownConditionIsTakenAndLaterBranchesDropped() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0", "a;", "#elif defined(FOO)", "b;", "#elif 1", "c;", "#else", "d;", "#endif"));
        assertEquals(List.of(4), keptLines(file));
    }

    @Test
    void unknownFirstBranchDropsTheElse() throws Exception {
        PreprocessedFile file = preprocess(lines("#ifdef FOO", "a;", "#else", "b;", "#endif"));
        assertEquals(List.of(2), keptLines(file));
    }

    @Test
    void elseIsTakenWhenEveryConditionIsFalse() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0", "a;", "#elif 2 < 1", "b;", "#elif defined(__ASSEMBLY__)", "c;", "#else", "d;", "#endif"));
        assertEquals(List.of(8), keptLines(file));
    }

    @Test
    void chainWithoutElseKeepsNothingWhenAllFalse() throws Exception {
        PreprocessedFile file = preprocess(lines("#if 0", "a;", "#elif 0", "b;", "#endif", "c;"));
        assertEquals(List.of(6), keptLines(file));
    }

    @Test
    void ifndefOfEnabledConfigTakesElse() throws Exception {
        PreprocessedFile file = preprocess(lines("#ifndef CONFIG_MMU", "nommu;", "#else", "mmu;", "#endif"));
        assertEquals(List.of(4), keptLines(file));
    }

    @Test
    void unknownSymbolKeepsBothIfdefAndIfndefCode() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef FOO", "a;", "#endif", "#ifndef FOO", "b;", "#endif"));
        assertEquals(List.of(2, 5), keptLines(file));
    }

    @Test
    void wellKnownKernelSymbols() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef __ASSEMBLY__", "asm;", "#endif",
                "#ifndef __ASSEMBLY__", "c;", "#endif",
                "#ifdef __KERNEL__", "kernel;", "#endif",
                "#if defined(MODULE) || defined(__CHECKER__) || defined(__GENKSYMS__) || defined(__cplusplus)",
                "odd;", "#endif"));
        assertEquals(List.of(5, 8), keptLines(file));
    }

    @Test
    void configSymbolsAreBuiltInByDefault() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef CONFIG_HIGHMEM", "highmem;", "#endif",
                "#ifdef CONFIG_HIGHMEM_MODULE", "module;", "#endif",
                "#if CONFIG_SMP", "smp;", "#endif"));
        assertEquals(List.of(2, 8), keptLines(file));
    }

    /**
     * Without a .config, a CONFIG_ symbol is 1 like a bool option set to y, so an
     * int option compared against a number behaves as if it were 1. Supply a
     * .config or -D for int options whose value matters.
     */
    @Test
    void defaultConfigValueOneMakesNumericComparisonFalse() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if CONFIG_PGTABLE_LEVELS > 3", "p4d;", "#else", "folded;", "#endif"));
        assertEquals(List.of(4), keptLines(file));
    }

    @Test
    void numericComparisonUsesDotConfigValue() throws Exception {
        PreprocessedFile file = preprocess(Fixture.kconfig("CONFIG_PGTABLE_LEVELS=5"), lines(
                "#if CONFIG_PGTABLE_LEVELS > 3", "p4d;", "#else", "folded;", "#endif"));
        assertEquals(List.of(2), keptLines(file));
    }

    @Test
    void apostrophesInIfZeroTextDoNotHideLaterDirectives() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0",
                "This isn't code /* and this opens no comment",
                "nor does an unclosed \"quote /* here",
                "it's fine",
                "#else",
                "int x;",
                "#endif",
                "int y;"));
        assertEquals(lines("", "", "", "", "", "int x;", "", "int y;"), file.text());
    }

    @Test
    void conditionsInsideDroppedChainsAreNotEvaluated() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#if 0", "#if this is not + an expression (", "a;", "#elif ))", "b;", "#endif", "#endif", "c;"));
        assertEquals(List.of(8), keptLines(file));
    }

    @Test
    void elifAfterTakenBranchIsNotEvaluated() throws Exception {
        PreprocessedFile file = preprocess(lines("#if 1", "a;", "#elif 1 +", "b;", "#endif"));
        assertEquals(List.of(2), keptLines(file));
    }

    @Test
    void elifdefAndElifndefFollowTheChain() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef __ASSEMBLY__", "a;", "#elifdef __CHECKER__", "b;", "#elifndef __CHECKER__", "c;", "#endif"));
        assertEquals(List.of(6), keptLines(file));
    }

    @Test
    void ifWithParenthesisRightAfterKeywordIsRecognised() throws Exception {
        PreprocessedFile file = preprocess(lines("#if(0)", "a;", "#endif", "  #  if 0", "b;", "  # endif"));
        assertEquals(List.of(), keptLines(file));
    }
}
