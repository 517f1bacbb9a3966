package gupcheck.cpp;

import static gupcheck.cpp.Fixture.kconfig;
import static gupcheck.cpp.Fixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KconfigParsingTest {

    private static String describe(Configuration configuration, String symbol) {
        SymbolInfo info = configuration.lookup(symbol);
        return info.defined() + " " + info.value();
    }

    @Test
    void everyKindOfValue() throws Exception {
        Configuration configuration = kconfig(
                "#",
                "# Automatically generated file; DO NOT EDIT.",
                "#",
                "CONFIG_MMU=y",
                "CONFIG_EXT4_FS=m",
                "CONFIG_DEBUG_VM=n",
                "# CONFIG_HIGHMEM is not set",
                "CONFIG_LOCALVERSION=\"-test \\\"quoted\\\"\"",
                "CONFIG_NR_CPUS=64",
                "CONFIG_NEGATIVE=-3",
                "CONFIG_PHYSICAL_START=0x1000000",
                "CONFIG_PAGE_OFFSET=0xffff888000000000",
                "",
                "   ");
        assertEquals("TRUE 1", describe(configuration, "CONFIG_MMU"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_MMU_MODULE"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_EXT4_FS"));
        assertEquals("TRUE 1", describe(configuration, "CONFIG_EXT4_FS_MODULE"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_DEBUG_VM"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_HIGHMEM"));
        assertEquals("TRUE UNKNOWN", describe(configuration, "CONFIG_LOCALVERSION"));
        assertEquals("TRUE 64", describe(configuration, "CONFIG_NR_CPUS"));
        assertEquals("TRUE -3", describe(configuration, "CONFIG_NEGATIVE"));
        assertEquals("TRUE 16777216", describe(configuration, "CONFIG_PHYSICAL_START"));
        assertEquals("TRUE 18446612682070032384U", describe(configuration, "CONFIG_PAGE_OFFSET"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_NOT_MENTIONED"));
        assertEquals("TRUE 1", describe(configuration, "__KERNEL__"));
        assertEquals("UNKNOWN UNKNOWN", describe(configuration, "SOMETHING_ELSE"));
        assertTrue(configuration.hasKconfig());
    }

    @Test
    void laterAssignmentOfSameOptionWins() throws Exception {
        Configuration configuration = kconfig("CONFIG_A=m", "CONFIG_A=y", "CONFIG_B=y", "CONFIG_B=m");
        assertEquals("TRUE 1", describe(configuration, "CONFIG_A"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_A_MODULE"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_B"));
        assertEquals("TRUE 1", describe(configuration, "CONFIG_B_MODULE"));
    }

    @Test
    void windowsLineEndingsAreAccepted() throws Exception {
        Configuration configuration = Configuration.parseKconfig("win.config", "CONFIG_A=y\r\nCONFIG_B=m\r\n");
        assertEquals("TRUE 1", describe(configuration, "CONFIG_A"));
        assertEquals("TRUE 1", describe(configuration, "CONFIG_B_MODULE"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "FOO=y | 3 | expected CONFIG_NAME=value or a # comment, found: FOO=y",
        "CONFIG_A | 3 | expected CONFIG_NAME=value or a # comment, found: CONFIG_A",
        "CONFIG_A=maybe | 3 | invalid value for CONFIG_A (expected y, m, n, a quoted string or an integer): maybe",
        "CONFIG_A=\"open | 3 | invalid value for CONFIG_A (expected y, m, n, a quoted string or an integer): \"open",
        "CONFIG_A= | 3 | invalid value for CONFIG_A (expected y, m, n, a quoted string or an integer): ",
        "CONFIG_A=0x | 3 | invalid value for CONFIG_A (expected y, m, n, a quoted string or an integer): 0x",
        "CONFIG_A=99999999999999999999 | 3 | value of CONFIG_A is out of range: 99999999999999999999",
    })
    void badLineIsReportedWithItsLineNumber(String badLine, int line, String problem) {
        ConfigException error = assertThrows(ConfigException.class,
                () -> Configuration.parseKconfig("arch/x86/.config", lines("CONFIG_OK=y", "", badLine, "CONFIG_B=y")));
        assertEquals(line, error.line());
        assertEquals("arch/x86/.config", error.path());
        assertEquals(problem.strip(), error.problem().strip());
        assertEquals("arch/x86/.config:" + line + ": " + error.problem(), error.getMessage());
    }

    @Test
    void readsFromFile(@TempDir Path directory) throws Exception {
        Path dotConfig = directory.resolve(".config");
        Files.writeString(dotConfig, lines("CONFIG_GUP=y", "# CONFIG_SWAP is not set"), StandardCharsets.UTF_8);
        Configuration configuration = Configuration.fromKconfig(dotConfig);
        assertEquals("TRUE 1", describe(configuration, "CONFIG_GUP"));
        assertEquals("FALSE 0", describe(configuration, "CONFIG_SWAP"));
    }

    @Test
    void errorFromFileNamesThePath(@TempDir Path directory) throws Exception {
        Path dotConfig = directory.resolve(".config");
        Files.writeString(dotConfig, lines("CONFIG_GUP=y", "garbage"), StandardCharsets.UTF_8);
        ConfigException error = assertThrows(ConfigException.class, () -> Configuration.fromKconfig(dotConfig));
        assertEquals(dotConfig + ":2: expected CONFIG_NAME=value or a # comment, found: garbage", error.getMessage());
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path directory) {
        assertThrows(NoSuchFileException.class, () -> Configuration.fromKconfig(directory.resolve("absent")));
    }
}
