package gupcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.parse.ast.FunctionDef;
import gupcheck.source.SourceDecoder;
import gupcheck.testing.Ctags;
import gupcheck.testing.KernelSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every mm/*.c of Debian's 6.1 and 6.12 sources parses without a crash, and every function
 * universal-ctags finds on a line the configuration keeps is among the parsed functions:
 * all of them in the four files the rule reads, at least 99.5% across mm/.
 */
class RealTreeParseTest {

    private static final Set<String> RULE_FILES = Set.of("gup.c", "huge_memory.c", "hugetlb.c", "khugepaged.c");

    @ParameterizedTest(name = "linux-source-{0}")
    @ValueSource(strings = {"6.1", "6.12"})
    void everyFunctionOfMmIsParsed(String version) throws Exception {
        StringBuilder whyNot = new StringBuilder();
        Optional<Path> tree = KernelSources.tree(version, whyNot);
        if (tree.isEmpty()) {
            KernelSources.skip("real-tree parse of " + version, whyNot);
        }
        if (!Ctags.available()) {
            KernelSources.skip("real-tree parse of " + version, "universal-ctags is not installed (apt-get install universal-ctags)");
        }
        Path mm = tree.get().resolve("mm");
        List<String> files;
        try (Stream<Path> listing = Files.list(mm)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c")).sorted().toList();
        }
        assertTrue(files.size() > 100, "mm/ should hold over 100 C files, found " + files.size());

        CFileParser parser = new CFileParser(Configuration.allEnabled());
        Map<String, ParsedFile> parsed = new HashMap<>();
        for (String file : files) {
            String text = SourceDecoder.decode(file, Files.readAllBytes(mm.resolve(file)));
            parsed.put(file, parser.parse(file, text));
        }

        List<Ctags.Tag> tags = Ctags.functions(mm, files).orElseThrow();
        int expected = 0;
        int found = 0;
        List<String> missingInRuleFiles = new ArrayList<>();
        List<String> missingElsewhere = new ArrayList<>();
        for (Ctags.Tag tag : tags) {
            ParsedFile file = parsed.get(tag.file());
            if (file == null || !file.preprocessed().isKept(tag.line())) {
                continue;
            }
            expected++;
            if (defines(file, tag.name(), tag.line())) {
                found++;
            } else {
                (RULE_FILES.contains(tag.file()) ? missingInRuleFiles : missingElsewhere)
                        .add(tag.file() + ":" + tag.line() + " " + tag.name());
            }
        }
        double share = 100.0 * found / expected;
        System.out.printf("linux-source-%s mm/: %d files, %d functions ctags finds on kept lines, %d parsed (%.2f%%)%n",
                version, files.size(), expected, found, share);
        missingElsewhere.forEach(m -> System.out.println("  not parsed: " + m));
        assertEquals(List.of(), missingInRuleFiles, "functions of the rule's files not parsed");
        assertTrue(share >= 99.5, String.format("only %.2f%% of mm/ functions parsed: %s", share, missingElsewhere));
        assertTrue(expected > 4000, "ctags found too few functions to compare: " + expected);
    }

    /**
     * ctags sometimes names a function by an annotation macro in front of it
     * ({@code bool __init __attribute((weak)) name(...)} is tagged {@code __init}); then the line decides.
     */
    private static boolean defines(ParsedFile file, String name, int line) {
        MacroVocabulary vocabulary = MacroVocabulary.standard();
        boolean ctagsNamedAnAnnotation = vocabulary.isPlainAnnotation(name) || vocabulary.isAnnotationWithArguments(name);
        for (FunctionDef f : file.functions()) {
            if (f.line() == line && (f.name().equals(name) || ctagsNamedAnAnnotation)) {
                return true;
            }
        }
        return false;
    }
}
