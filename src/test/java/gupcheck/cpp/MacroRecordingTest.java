package gupcheck.cpp;

import static gupcheck.cpp.Fixture.keptLines;
import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroRecordingTest {

    @Test
    void objectAndFunctionLikeDefinitions() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#define PAGE_SHIFT\t12",
                "#define max(a,b)   ((a) > (b) ? (a) : (b))",
                "#define PAREN (x)",
                "#define EMPTY",
                "#define pr_dbg(fmt, ...) printk(fmt, ##__VA_ARGS__)",
                "#define NOARGS() 0",
                "#define MSG \"two  spaces\"   /* note */"));
        assertEquals(List.of(
                new MacroDefinition("PAGE_SHIFT", null, "12", 1),
                new MacroDefinition("max", List.of("a", "b"), "((a) > (b) ? (a) : (b))", 2),
                new MacroDefinition("PAREN", null, "(x)", 3),
                new MacroDefinition("EMPTY", null, "", 4),
                new MacroDefinition("pr_dbg", List.of("fmt", "..."), "printk(fmt, ##__VA_ARGS__)", 5),
                new MacroDefinition("NOARGS", List.of(), "0", 6),
                new MacroDefinition("MSG", null, "\"two  spaces\"", 7)),
                new ArrayList<>(file.macros().values()));
        assertFalse(file.macros().get("PAREN").isFunctionLike());
        assertTrue(file.macros().get("NOARGS").isFunctionLike());
    }

    @Test
    void undefRemovesDefinitionAndLaterIfdefSeesItUndefined() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#define FOO 1",
                "#undef FOO",
                "#ifdef FOO",
                "a;",
                "#endif",
                "#undef CONFIG_SMP",
                "#if IS_ENABLED(CONFIG_SMP)",
                "b;",
                "#endif"));
        assertEquals(List.of(), keptLines(file));
        assertEquals(0, file.macros().size());
    }

    @Test
    void definitionMakesUnknownSymbolDefined() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#define ARCH_HAS_FOO", "#ifndef ARCH_HAS_FOO", "fallback;", "#else", "arch;", "#endif"));
        assertEquals(List.of(5), keptLines(file));
    }

    @Test
    void localDefinitionOverridesConfiguration() throws Exception {
        PreprocessedFile file = preprocess(Configuration.allEnabled().define("LEVELS", "2"), lines(
                "#if LEVELS > 3", "a;", "#endif",
                "#define LEVELS 4",
                "#if LEVELS > 3", "b;", "#endif"));
        assertEquals(List.of(6), keptLines(file));
    }

    @Test
    void constantBodiesHaveValuesOtherBodiesAreUnknown() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#define SHIFT (1UL << 12)",
                "#define ALIAS SOMETHING_ELSE",
                "#define FN(x) 1",
                "#if SHIFT != 4096", "a;", "#endif",
                "#if ALIAS == 2", "b;", "#else", "c;", "#endif",
                "#if FN", "d;", "#else", "e;", "#endif"));
        assertEquals(List.of(8, 13), keptLines(file));
    }

    @Test
    void definitionsInDroppedCodeAreNotRecorded() throws Exception {
        PreprocessedFile file = preprocess(lines(
                "#ifdef __ASSEMBLY__", "#define ASM_ONLY 1", "#else", "#define C_ONLY 1", "#endif",
                "#if 0", "#undef C_ONLY", "#endif"));
        assertEquals(List.of("C_ONLY"), new ArrayList<>(file.macros().keySet()));
    }

    @Test
    void redefinitionWinsAndMovesToItsNewPosition() throws Exception {
        PreprocessedFile file = preprocess(lines("#define A 1", "#define B 2", "#define A 3"));
        assertEquals(List.of("B", "A"), new ArrayList<>(file.macros().keySet()));
        assertEquals(new MacroDefinition("A", null, "3", 3), file.macros().get("A"));
    }

    @Test
    void malformedDefinesAreIgnored() throws Exception {
        PreprocessedFile file = preprocess(lines("#define", "#define 3X", "#define F(a, b 1", "#undef"));
        assertEquals(0, file.macros().size());
    }

    @Test
    void macrosMapIsReadOnly() throws Exception {
        PreprocessedFile file = preprocess(lines("#define A 1"));
        assertThrows(UnsupportedOperationException.class, () -> file.macros().clear());
    }

    @Test
    void parameterListIsCopiedAndImmutable() {
        List<String> parameters = new ArrayList<>(List.of("a"));
        MacroDefinition macro = new MacroDefinition("F", parameters, "a", 1);
        parameters.add("b");
        assertEquals(List.of("a"), macro.parameters());
        assertThrows(UnsupportedOperationException.class, () -> macro.parameters().add("c"));
    }
}
