package gupcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.parse.ast.FunctionDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One hand-written file per construct family. Each names, in a header comment, the functions
 * it defines ({@code functions: a b c}) and those in dropped #if branches ({@code dropped: x}).
 */
class ParseFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/parse-fixtures");
    private static final Pattern FUNCTIONS = Pattern.compile("/\\*\\s*functions:([^*]*)\\*/");
    private static final Pattern DROPPED = Pattern.compile("/\\*\\s*dropped:([^*]*)\\*/");

    static Stream<Path> fixtures() throws IOException {
        return Files.list(FIXTURES).filter(p -> p.toString().endsWith(".c")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesExactlyTheListedFunctions(Path fixture) throws Exception {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        List<String> expected = names(FUNCTIONS, text);
        assertFalse(expected.isEmpty(), fixture + " has no 'functions:' header");

        ParsedFile parsed = new CFileParser(Configuration.allEnabled()).parse(fixture.getFileName().toString(), text);

        assertEquals(List.of(), parsed.unparsed(), "unparsed items in " + fixture);
        assertEquals(expected, parsed.functions().stream().map(FunctionDef::name).toList());
        for (String dropped : names(DROPPED, text)) {
            long definitions = parsed.functions().stream().filter(f -> f.name().equals(dropped)).count();
            assertTrue(definitions <= (expected.contains(dropped) ? 1 : 0),
                    dropped + " sits in a dropped branch and must not be parsed from there");
        }
    }

    private static List<String> names(Pattern header, String text) {
        Matcher m = header.matcher(text);
        return m.find() ? Arrays.stream(m.group(1).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList() : List.of();
    }
}
