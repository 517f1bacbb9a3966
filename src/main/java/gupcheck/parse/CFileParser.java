package gupcheck.parse;

import gupcheck.cpp.Configuration;
import gupcheck.cpp.PreprocessedFile;
import gupcheck.cpp.Preprocessor;
import gupcheck.cpp.PreprocessorException;
import gupcheck.parse.antlr.KernelCLexer;
import gupcheck.parse.antlr.KernelCParser;
import gupcheck.parse.antlr.KernelCParser.ChunkContext;
import gupcheck.parse.ast.FunctionDef;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Preprocesses, lexes, classifies and parses one C file into functions.
 * Each top-level item is parsed with SLL prediction and a bail-out strategy first; only an
 * item that fails is parsed again with full LL, and only an item that fails that too is
 * reported as unparsed. Not thread-safe: keep one per thread, reuse it across files so the
 * parser's DFA cache stays warm.
 */
public final class CFileParser {

    private final Preprocessor preprocessor;
    private final TokenClassifier classifier;
    private final KernelCParser parser;
    private final SyntaxErrorCollector errors = new SyntaxErrorCollector();

    public CFileParser(Configuration configuration) {
        this.preprocessor = new Preprocessor(configuration);
        this.classifier = new TokenClassifier(MacroVocabulary.standard());
        this.parser = new KernelCParser(null);
        parser.removeErrorListeners();
    }

    public ParsedFile parse(String path, String text) throws PreprocessorException {
        return parse(path, text, null);
    }

    /**
     * Parses a new version of a file, reusing the parse of each top-level item that did not change
     * in {@code previous} (the same tokens on the same relative lines), moved to its new lines.
     */
    public ParsedFile parse(String path, String text, ParsedFile previous) throws PreprocessorException {
        long started = System.nanoTime();
        java.util.Map<String, ChunkRecord> reusable = new java.util.HashMap<>();
        if (previous != null && previous.path().equals(path) && previous.chunks() != null) {
            previous.chunks().forEach(c -> reusable.putIfAbsent(c.fingerprint(), c));
        }
        PreprocessedFile preprocessed = preprocessor.process(path, text);
        KernelCLexer lexer = new KernelCLexer(CharStreams.fromString(preprocessed.text(), path));
        lexer.removeErrorListeners();
        List<Token> tokens = classifier.classify(lexer.getAllTokens());

        AstBuilder builder = new AstBuilder(path);
        List<FunctionDef> functions = new ArrayList<>();
        List<Unparsed> unparsed = new ArrayList<>();
        int fallbacks = 0;
        List<ChunkRecord> records = new ArrayList<>();
        for (List<Token> chunk : ChunkSplitter.split(tokens)) {
            String fingerprint = fingerprint(chunk);
            int firstLine = chunk.get(0).getLine();
            ChunkRecord old = reusable.get(fingerprint);
            if (old != null) {
                ChunkRecord moved = move(old, firstLine);
                records.add(moved);
                functions.addAll(moved.functions());
                unparsed.addAll(moved.unparsed());
                continue;
            }
            List<FunctionDef> chunkFunctions = List.of();
            List<Unparsed> chunkUnparsed = List.of();
            ChunkContext tree = parseSll(chunk);
            if (tree == null) {
                fallbacks++;
                tree = parseLl(chunk);
            }
            if (tree == null) {
                chunkUnparsed = List.of(describe(chunk, errors.first));
            } else {
                try {
                    chunkFunctions = builder.functions(tree);
                } catch (RuntimeException e) {
                    // A tree the builder does not expect is a grammar/builder mismatch: lose the item, not the file.
                    chunkUnparsed = List.of(describe(chunk, "internal: " + e.getMessage()));
                }
            }
            functions.addAll(chunkFunctions);
            unparsed.addAll(chunkUnparsed);
            records.add(new ChunkRecord(fingerprint, firstLine, List.copyOf(chunkFunctions), chunkUnparsed));
        }
        return new ParsedFile(path, preprocessed, List.copyOf(functions), List.copyOf(unparsed), fallbacks,
                System.nanoTime() - started, List.copyOf(records));
    }

    private static ChunkRecord move(ChunkRecord old, int firstLine) {
        int delta = firstLine - old.firstLine();
        if (delta == 0) {
            return old;
        }
        List<FunctionDef> functions = old.functions().stream().map(f -> gupcheck.parse.ast.Relocation.move(f, delta)).toList();
        List<Unparsed> unparsed = old.unparsed().stream()
                .map(u -> new Unparsed(u.name(), u.line() + delta, u.function(), u.message())).toList();
        return new ChunkRecord(old.fingerprint(), firstLine, functions, unparsed);
    }

    /** Token types and texts with lines relative to the item's first: equal items parse equally. */
    private static String fingerprint(List<Token> chunk) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-1");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int first = chunk.get(0).getLine();
        StringBuilder buffer = new StringBuilder(256);
        for (Token t : chunk) {
            buffer.append(t.getType()).append(' ').append(t.getLine() - first).append(' ').append(t.getText()).append('\n');
            if (buffer.length() > 8192) {
                digest.update(buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                buffer.setLength(0);
            }
        }
        digest.update(buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private ChunkContext parseSll(List<Token> chunk) {
        prepare(chunk);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.chunk();
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    private ChunkContext parseLl(List<Token> chunk) {
        prepare(chunk);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        errors.reset();
        parser.addErrorListener(errors);
        try {
            ChunkContext tree = parser.chunk();
            return errors.count == 0 ? tree : null;
        } finally {
            parser.removeErrorListeners();
        }
    }

    private void prepare(List<Token> chunk) {
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(chunk)));
    }

    /** Names an unparsed item the way a reader finds it: the identifier before its first '('. */
    private static Unparsed describe(List<Token> chunk, String message) {
        boolean hasBody = false;
        Token name = null;
        int parens = 0;
        for (int i = 0; i < chunk.size(); i++) {
            Token t = chunk.get(i);
            int type = t.getType();
            if (type == KernelCLexer.LeftParen) {
                if (parens == 0 && name == null && i > 0 && isName(chunk.get(i - 1))) {
                    name = chunk.get(i - 1);
                }
                parens++;
            } else if (type == KernelCLexer.RightParen) {
                parens--;
            } else if (type == KernelCLexer.LeftBrace && parens == 0 && i > 0
                    && chunk.get(i - 1).getType() == KernelCLexer.RightParen) {
                hasBody = true;
            }
        }
        if (name == null) {
            name = lastNameBeforeTerminator(chunk);
        }
        String label = name == null ? "<unnamed>" : name.getText();
        int line = name == null ? chunk.get(0).getLine() : name.getLine();
        return new Unparsed(label, line, hasBody, message == null ? "syntax error" : message);
    }

    private static Token lastNameBeforeTerminator(List<Token> chunk) {
        Token last = null;
        for (Token t : chunk) {
            if (t.getType() == KernelCLexer.Assign || t.getType() == KernelCLexer.LeftBrace) {
                break;
            }
            if (isName(t)) {
                last = t;
            }
        }
        return last;
    }

    private static boolean isName(Token t) {
        int type = t.getType();
        return type == KernelCLexer.Identifier || type == KernelCParser.TypedefName
                || type == KernelCParser.IteratorName;
    }

    private static final class SyntaxErrorCollector extends BaseErrorListener {
        int count;
        String first;

        void reset() {
            count = 0;
            first = null;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String msg, RecognitionException e) {
            if (count++ == 0) {
                first = "line " + line + ":" + column + " " + msg;
            }
        }
    }
}
