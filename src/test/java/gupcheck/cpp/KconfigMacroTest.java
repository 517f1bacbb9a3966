package gupcheck.cpp;

import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IS_ENABLED and friends, evaluated through the preprocessor against a .config and against the default. */
class KconfigMacroTest {
    private static final String KEPT = lines("", "x;", "");
    private static final String DROPPED = lines("", "", "");

    private static String underDotConfig(String condition) throws Exception {
        Configuration configuration = Fixture.kconfig(
                "CONFIG_Y=y", "CONFIG_M=m", "# CONFIG_N is not set", "CONFIG_S=\"text\"", "CONFIG_TWO=2");
        return preprocess(configuration, lines("#if " + condition, "x;", "#endif")).text();
    }

    private static String underDefault(String condition) throws Exception {
        return preprocess(lines("#if " + condition, "x;", "#endif")).text();
    }

    @ParameterizedTest
    @CsvSource({
        "IS_ENABLED(CONFIG_Y), true",
        "IS_ENABLED(CONFIG_M), true",
        "IS_ENABLED(CONFIG_N), false",
        "IS_ENABLED(CONFIG_ABSENT), false",
        "IS_BUILTIN(CONFIG_Y), true",
        "IS_BUILTIN(CONFIG_M), false",
        "IS_BUILTIN(CONFIG_N), false",
        "IS_BUILTIN(CONFIG_TWO), false",
        "IS_MODULE(CONFIG_Y), false",
        "IS_MODULE(CONFIG_M), true",
        "IS_MODULE(CONFIG_N), false",
        "IS_REACHABLE(CONFIG_M), true",
        "IS_REACHABLE(CONFIG_N), false",
        "defined(CONFIG_M), false",
        "defined(CONFIG_M_MODULE), true",
        "defined(CONFIG_S), true",
        "CONFIG_TWO == 2, true",
        "!IS_ENABLED(CONFIG_N) && IS_ENABLED(CONFIG_Y), true",
    })
    void testsAgainstDotConfig(String condition, boolean kept) throws Exception {
        assertEquals(kept ? KEPT : DROPPED, underDotConfig(condition));
    }

    @ParameterizedTest
    @CsvSource({
        "IS_ENABLED(CONFIG_ANYTHING), true",
        "IS_BUILTIN(CONFIG_ANYTHING), true",
        "IS_MODULE(CONFIG_ANYTHING), false",
        "!IS_ENABLED(CONFIG_ANYTHING), false",
        "IS_ENABLED(SOME_UNKNOWN), true",
        "!IS_ENABLED(SOME_UNKNOWN), true",
    })
    void testsAgainstDefaultConfiguration(String condition, boolean kept) throws Exception {
        assertEquals(kept ? KEPT : DROPPED, underDefault(condition));
    }

    @Test
    void stringOptionIsDefinedButNotKnownToBeOne() throws Exception {
        Configuration configuration = Fixture.kconfig("CONFIG_S=\"text\"");
        assertEquals(Truth.UNKNOWN, KconfigMacro.IS_BUILTIN.test("CONFIG_S", configuration::lookup));
        assertEquals(Truth.UNKNOWN, KconfigMacro.IS_ENABLED.test("CONFIG_S", configuration::lookup));
    }
}
