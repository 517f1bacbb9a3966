package gupcheck.parse.codec;

import gupcheck.cpp.MacroDefinition;
import gupcheck.cpp.PreprocessedFile;
import gupcheck.parse.ChunkRecord;
import gupcheck.parse.ParsedFile;
import gupcheck.parse.Unparsed;
import gupcheck.parse.ast.FunctionDef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed file as bytes, for the parse cache. Reading back a cached parse must cost much less
 * than parsing again on a cold JVM, which Java serialization does not (it reflects on every
 * record class); this format is a tag per node, strings written once, and a CRC at the end.
 */
public final class ParsedFileCodec {

    private static final long MAGIC = 0x4755504350415253L;   // "GUPCPARS"
    /** Bump when the layout or the AST changes shape; old entries are then rebuilt. */
    private static final int FORMAT = 2;

    /**
     * A digest of the AST records' shapes (components, names, types) as of {@link #FORMAT}: a test
     * recomputes it, so changing the AST without bumping the format fails the build.
     */
    static final String AST_SHAPE = "da2a0f9ed49a6683f6d59f978c50b70a75a240682741baae2184917f9953ebe0";

    private ParsedFileCodec() {
    }

    public static byte[] encode(ParsedFile file) {
        BinaryOut out = BinaryOut.sealed(MAGIC, FORMAT);
        out.writeString(file.path());
        writePreprocessed(out, file.preprocessed());
        out.writeVarint(file.llFallbacks());
        out.writeLong(file.nanos());
        AstCodec ast = AstCodec.writer(out);
        boolean chunked = file.chunks() != null;
        out.writeBoolean(chunked);
        if (chunked) {
            // the file's function and unparsed lists are its chunks' in order: kept once
            out.writeVarint(file.chunks().size());
            for (ChunkRecord chunk : file.chunks()) {
                out.writeString(chunk.fingerprint());
                out.writeSignedVarint(chunk.firstLine());
                writeFunctions(ast, out, chunk.functions());
                writeUnparsed(out, chunk.unparsed());
            }
        } else {
            writeFunctions(ast, out, file.functions());
            writeUnparsed(out, file.unparsed());
        }
        return out.toSealedBytes();
    }

    public static ParsedFile decode(byte[] bytes) throws CodecException {
        BinaryIn in = BinaryIn.openSealed(bytes, MAGIC, FORMAT);
        String path = in.readString();
        PreprocessedFile preprocessed = readPreprocessed(in);
        int fallbacks = in.readVarint();
        long nanos = in.readLong();
        AstCodec ast = AstCodec.reader(in);
        ParsedFile file;
        if (in.readBoolean()) {
            ChunkRecord[] chunks = new ChunkRecord[in.readCount()];
            List<FunctionDef> functions = new ArrayList<>();
            List<Unparsed> unparsed = new ArrayList<>();
            for (int i = 0; i < chunks.length; i++) {
                String fingerprint = in.readString();
                int firstLine = in.readSignedVarint();
                List<FunctionDef> chunkFunctions = readFunctions(ast, in);
                List<Unparsed> chunkUnparsed = readUnparsed(in);
                chunks[i] = new ChunkRecord(fingerprint, firstLine, chunkFunctions, chunkUnparsed);
                functions.addAll(chunkFunctions);
                unparsed.addAll(chunkUnparsed);
            }
            file = new ParsedFile(path, preprocessed, List.copyOf(functions), List.copyOf(unparsed), fallbacks, nanos,
                    List.of(chunks));
        } else {
            file = new ParsedFile(path, preprocessed, readFunctions(ast, in), readUnparsed(in), fallbacks, nanos, null);
        }
        in.expectEnd();
        return file;
    }

    private static void writeFunctions(AstCodec ast, BinaryOut out, List<FunctionDef> functions) {
        out.writeVarint(functions.size());
        functions.forEach(ast::writeFunction);
    }

    private static List<FunctionDef> readFunctions(AstCodec ast, BinaryIn in) throws CodecException {
        FunctionDef[] functions = new FunctionDef[in.readCount()];
        for (int i = 0; i < functions.length; i++) {
            functions[i] = ast.readFunction();
        }
        return List.of(functions);
    }

    private static void writeUnparsed(BinaryOut out, List<Unparsed> unparsed) {
        out.writeVarint(unparsed.size());
        for (Unparsed u : unparsed) {
            out.writeString(u.name());
            out.writeSignedVarint(u.line());
            out.writeBoolean(u.function());
            out.writeString(u.message());
        }
    }

    private static List<Unparsed> readUnparsed(BinaryIn in) throws CodecException {
        Unparsed[] unparsed = new Unparsed[in.readCount()];
        for (int i = 0; i < unparsed.length; i++) {
            unparsed[i] = new Unparsed(in.readString(), in.readSignedVarint(), in.readBoolean(), in.readString());
        }
        return List.of(unparsed);
    }

    private static void writePreprocessed(BinaryOut out, PreprocessedFile file) {
        out.writeString(file.path());
        out.writeString(file.text());
        out.writeVarint(file.lineCount());
        long[] kept = file.keptLines().toLongArray();
        out.writeVarint(kept.length);
        for (long word : kept) {
            out.writeLong(word);
        }
        // presence lists are shared between lines: a table of the distinct ones, then an index per line
        Map<List<String>, Integer> table = new IdentityHashMap<>();
        List<List<String>> distinct = new ArrayList<>();
        int[] index = new int[file.lineCount()];
        for (int line = 1; line <= file.lineCount(); line++) {
            if (!file.isKept(line)) {
                continue;
            }
            List<String> conditions = file.presenceAt(line);
            Integer known = table.get(conditions);
            if (known == null) {
                known = distinct.size();
                table.put(conditions, known);
                distinct.add(conditions);
            }
            index[line - 1] = known + 1;
        }
        out.writeVarint(distinct.size());
        distinct.forEach(out::writeStrings);
        for (int i : index) {
            out.writeVarint(i);
        }
        out.writeVarint(file.macros().size());
        for (Map.Entry<String, MacroDefinition> e : file.macros().entrySet()) {
            MacroDefinition m = e.getValue();
            out.writeString(e.getKey());
            out.writeString(m.name());
            out.writeStrings(m.parameters());
            out.writeString(m.body());
            out.writeSignedVarint(m.line());
        }
    }

    @SuppressWarnings("unchecked")
    private static PreprocessedFile readPreprocessed(BinaryIn in) throws CodecException {
        String path = in.readString();
        String text = in.readString();
        int lineCount = in.readCount();
        long[] kept = new long[in.readCount()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = in.readLong();
        }
        List<String>[] distinct = new List[in.readCount()];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = in.readStrings();
            if (distinct[i] == null) {
                throw new CodecException("presence conditions missing");
            }
        }
        List<String>[] presence = new List[lineCount];
        for (int line = 0; line < lineCount; line++) {
            int index = in.readVarint();
            if (index > distinct.length) {
                throw new CodecException("presence reference " + index + " out of range");
            }
            presence[line] = index == 0 ? null : distinct[index - 1];
        }
        Map<String, MacroDefinition> macros = new LinkedHashMap<>();
        int macroCount = in.readCount();
        for (int i = 0; i < macroCount; i++) {
            String key = in.readString();
            String name = in.readString();
            List<String> parameters = in.readStrings();
            String body = in.readString();
            int line = in.readSignedVarint();
            if (name == null || body == null) {
                throw new CodecException("macro without a name or body");
            }
            macros.put(key, new MacroDefinition(name, parameters, body, line));
        }
        BitSet keptLines = BitSet.valueOf(kept);
        if (path == null || text == null || keptLines.length() > lineCount) {
            throw new CodecException("inconsistent preprocessed file");
        }
        return PreprocessedFile.restore(path, text, lineCount, keptLines, presence, macros);
    }
}
