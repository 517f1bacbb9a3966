package gupcheck.cpp;

import static gupcheck.cpp.Fixture.keptLines;
import static gupcheck.cpp.Fixture.kconfig;
import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    private static String describe(Configuration configuration, String symbol) {
        SymbolInfo info = configuration.lookup(symbol);
        return info.defined() + " " + info.value();
    }

    @Test
    void defaultEnablesEveryConfigOptionAsBuiltIn() {
        Configuration configuration = Configuration.allEnabled();
        assertEquals("TRUE 1", describe(configuration, "CONFIG_ANYTHING"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_ANYTHING_MODULE"));
        assertEquals("TRUE 1", describe(configuration, "__KERNEL__"));
        assertEquals("FALSE 0", describe(configuration, "__ASSEMBLY__"));
        assertEquals("FALSE 0", describe(configuration, "MODULE"));
        assertEquals("UNKNOWN UNKNOWN", describe(configuration, "ARCH_HAS_SOMETHING"));
        assertFalse(configuration.hasKconfig());
    }

    @Test
    void commandLineOverridesBeatDotConfig() throws Exception {
        Configuration configuration = kconfig("# CONFIG_A is not set", "CONFIG_B=y", "CONFIG_C=3", "CONFIG_D=m")
                .define("CONFIG_A", null)
                .undefine("CONFIG_B")
                .define("CONFIG_C", "0x20")
                .undefine("CONFIG_D");
        assertEquals("TRUE 1", describe(configuration, "CONFIG_A"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_B"));
        assertEquals("TRUE 32", describe(configuration, "CONFIG_C"));
        // -U names one symbol; the module form of an =m option is a different one.
        assertEquals("TRUE 1", describe(configuration, "CONFIG_D_MODULE"));
    }

    @Test
    void overridesApplyToBuiltinAndUnknownSymbols() {
        Configuration configuration = Configuration.allEnabled()
                .undefine("__KERNEL__")
                .define("__ASSEMBLY__", null)
                .define("ARCH_FLAG", "(1 << 3)")
                .define("TEXT", "hello world")
                .undefine("CONFIG_SMP");
        assertEquals("FALSE 0", describe(configuration, "__KERNEL__"));
        assertEquals("TRUE 1", describe(configuration, "__ASSEMBLY__"));
        assertEquals("TRUE 8", describe(configuration, "ARCH_FLAG"));
        assertEquals("TRUE UNKNOWN", describe(configuration, "TEXT"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_SMP"));
        assertEquals("TRUE 1", describe(configuration, "CONFIG_NUMA"));
    }

    @Test
    void laterOverrideOfSameSymbolWins() {
        Configuration configuration = Configuration.allEnabled().undefine("X").define("X", "7");
        assertEquals("TRUE 7", describe(configuration, "X"));
    }

    @Test
    void overridingReturnsANewConfiguration() {
        Configuration base = Configuration.allEnabled();
        Configuration changed = base.undefine("CONFIG_SMP");
        assertEquals("TRUE 1", describe(base, "CONFIG_SMP"));
        assertEquals("FALSE 0", describe(changed, "CONFIG_SMP"));
    }

    @Test
    void invalidSymbolNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Configuration.allEnabled().define("1ABC", null));
        assertThrows(IllegalArgumentException.class, () -> Configuration.allEnabled().undefine("A-B"));
    }

    @Test
    void overridesDriveBranchSelection() throws Exception {
        Configuration configuration = kconfig("CONFIG_SWAP=y", "# CONFIG_HUGETLB is not set")
                .undefine("CONFIG_SWAP")
                .define("CONFIG_HUGETLB", null);
        PreprocessedFile file = preprocess(configuration, lines(
                "#ifdef CONFIG_SWAP", "swap;", "#endif",
                "#if IS_ENABLED(CONFIG_HUGETLB)", "huge;", "#endif"));
        assertEquals(List.of(5), keptLines(file));
    }
}
