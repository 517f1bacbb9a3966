package gupcheck.parse.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.cpp.PreprocessedFile;
import gupcheck.parse.CFileParser;
import gupcheck.parse.ParsedFile;
import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.Stmt;
import gupcheck.testing.KernelSources;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** A cached parse reads back as exactly the parse that was written, and damage is refused. */
class ParsedFileCodecTest {

    private final CFileParser parser = new CFileParser(Configuration.allEnabled());

    @Test
    void everyFixtureReadsBackEqual() throws Exception {
        Set<Class<?>> seen = new HashSet<>();
        for (Path file : fixtureFiles()) {
            ParsedFile parsed = parser.parse(file.toString(), Files.readString(file));
            assertRoundTrip(parsed);
            parsed.functions().forEach(f -> collectNodeTypes(f, seen));
        }
        // the fixtures use every kind of node, so every tag of the format is checked above
        List<Class<?>> missing = new ArrayList<>();
        Stream.concat(Arrays.stream(Stmt.class.getPermittedSubclasses()), Arrays.stream(Expr.class.getPermittedSubclasses()))
                .filter(c -> !seen.contains(c)).forEach(missing::add);
        assertEquals(List.of(), missing, "node types no fixture exercises");
    }

    @Test
    void theFormatVersionFollowsTheAstShape() throws Exception {
        List<Class<?>> records = new ArrayList<>(List.of(gupcheck.parse.ast.FunctionDef.class, gupcheck.parse.ast.Parameter.class,
                gupcheck.parse.ast.Variable.class, Expr.InitItem.class, gupcheck.parse.ChunkRecord.class,
                gupcheck.parse.Unparsed.class, gupcheck.cpp.MacroDefinition.class, ParsedFile.class));
        records.addAll(Arrays.asList(Stmt.class.getPermittedSubclasses()));
        records.addAll(Arrays.asList(Expr.class.getPermittedSubclasses()));
        String digest = gupcheck.testing.RecordShapes.digest(records);
        assertEquals(digest, ParsedFileCodec.AST_SHAPE,
                "the AST changed shape: update AstCodec and ParsedFileCodec, bump FORMAT and set AST_SHAPE to the new digest");
    }

    @Test
    void realKernelFilesReadBackEqual() throws Exception {
        StringBuilder whyNot = new StringBuilder();
        Optional<Path> tree = KernelSources.tree("6.1", whyNot);
        if (tree.isEmpty()) {
            System.out.println("SKIPPED realKernelFilesReadBackEqual: " + whyNot);
            return;
        }
        for (String name : List.of("gup.c", "huge_memory.c", "hugetlb.c", "khugepaged.c", "memory.c")) {
            Path file = tree.get().resolve("mm").resolve(name);
            assertRoundTrip(parser.parse("mm/" + name, Files.readString(file)));
        }
    }

    @Test
    void damagedEntriesAreRefused() throws Exception {
        byte[] bytes = ParsedFileCodec.encode(parser.parse("mm/gup.c",
                Files.readString(Path.of("examples/linux-5.4-backport/mm/gup.c"))));
        for (int cut : new int[] {0, 5, 16, bytes.length / 2, bytes.length - 1}) {
            assertThrows(CodecException.class, () -> ParsedFileCodec.decode(Arrays.copyOf(bytes, cut)));
        }
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 3] ^= 0x01;
        assertThrows(CodecException.class, () -> ParsedFileCodec.decode(flipped));
        assertThrows(CodecException.class, () -> ParsedFileCodec.decode("not a parse at all".getBytes()));
    }

    /**
     * Past the checksum (a damaged entry whose CRC happens to match, or a bug in this build's
     * writer), the reader still fails only with CodecException: no other exception, no huge
     * allocation, no stack overflow.
     */
    @Test
    void damageBehindAValidChecksumStillFailsCleanly() throws Exception {
        byte[] bytes = ParsedFileCodec.encode(parser.parse("mm/gup.c",
                Files.readString(Path.of("rules/gup-forced-write/v1-backport/mm/gup.c"))));
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] mutated = bytes.clone();
            int at = 9 + random.nextInt(mutated.length - 17);
            mutated[at] = (byte) random.nextInt(256);
            reseal(mutated);
            try {
                ParsedFileCodec.decode(mutated);
            } catch (CodecException expected) {
                // refused: fine
            }
        }
    }

    private static void reseal(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long value = crc.getValue();
        for (int i = 0; i < 8; i++) {
            bytes[bytes.length - 8 + i] = (byte) (value >>> (56 - 8 * i));
        }
    }

    private static void assertRoundTrip(ParsedFile parsed) throws CodecException {
        ParsedFile decoded = ParsedFileCodec.decode(ParsedFileCodec.encode(parsed));
        assertEquals(parsed.path(), decoded.path());
        assertEquals(parsed.functions(), decoded.functions(), parsed.path());
        assertEquals(parsed.unparsed(), decoded.unparsed(), parsed.path());
        assertEquals(parsed.chunks(), decoded.chunks(), parsed.path());
        assertEquals(parsed.llFallbacks(), decoded.llFallbacks());
        assertEquals(parsed.nanos(), decoded.nanos());
        PreprocessedFile a = parsed.preprocessed();
        PreprocessedFile b = decoded.preprocessed();
        assertEquals(a.path(), b.path());
        assertEquals(a.text(), b.text());
        assertEquals(a.lineCount(), b.lineCount());
        assertEquals(a.keptLines(), b.keptLines());
        for (int line = 1; line <= a.lineCount(); line++) {
            assertEquals(a.presenceAt(line), b.presenceAt(line), parsed.path() + ":" + line);
        }
        assertEquals(a.macros(), b.macros());
        assertEquals(List.copyOf(a.macros().keySet()), List.copyOf(b.macros().keySet()), "macro order");
    }

    private static void collectNodeTypes(Object value, Set<Class<?>> seen) {
        if (value instanceof List<?> list) {
            list.forEach(v -> collectNodeTypes(v, seen));
        } else if (value != null && value.getClass().isRecord()) {
            seen.add(value.getClass());
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collectNodeTypes(component.getAccessor().invoke(value), seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static List<Path> fixtureFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("rules"), Path.of("examples"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".c")).sorted().forEach(files::add);
                }
            }
        }
        assertTrue(files.size() > 20, "fixtures found: " + files.size());
        return files;
    }
}
