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
        long started = System.nanoTime();
        PreprocessedFile preprocessed = preprocessor.process(path, text);
        KernelCLexer lexer = new KernelCLexer(CharStreams.fromString(preprocessed.text(), path));
        lexer.removeErrorListeners();
        List<Token> tokens = classifier.classify(lexer.getAllTokens());

        AstBuilder builder = new AstBuilder(path);
        List<FunctionDef> functions = new ArrayList<>();
        List<Unparsed> unparsed = new ArrayList<>();
        int fallbacks = 0;
        for (List<Token> chunk : ChunkSplitter.split(tokens)) {
            ChunkContext tree = parseSll(chunk);
            if (tree == null) {
                fallbacks++;
                tree = parseLl(chunk);
            }
            if (tree == null) {
                unparsed.add(describe(chunk, errors.first));
                continue;
            }
            try {
                functions.addAll(builder.functions(tree));
            } catch (RuntimeException e) {
                // A tree the builder does not expect is a grammar/builder mismatch: lose the item, not the file.
                unparsed.add(describe(chunk, "internal: " + e.getMessage()));
            }
        }
        return new ParsedFile(path, preprocessed, List.copyOf(functions), List.copyOf(unparsed), fallbacks,
                System.nanoTime() - started);
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
