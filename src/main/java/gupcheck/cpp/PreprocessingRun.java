package gupcheck.cpp;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

/** The mutable state of preprocessing one file: the line loop and the directives' effects. */
final class PreprocessingRun {
    private final String path;
    private final ScannedSource source;
    private final SymbolTable symbols;
    private final Deque<ConditionalChain> chains = new ArrayDeque<>();
    private final BitSet kept = new BitSet();
    private final List<String>[] presence;
    private final LinkedHashMap<String, MacroDefinition> macros = new LinkedHashMap<>();
    private final StringBuilder output;

    @SuppressWarnings("unchecked")
    PreprocessingRun(String path, ScannedSource source, Configuration configuration) {
        this.path = path;
        this.source = source;
        this.symbols = new SymbolTable(configuration);
        this.presence = (List<String>[]) new List<?>[source.lineCount()];
        this.output = new StringBuilder(source.chars().length);
    }

    PreprocessedFile run() throws PreprocessorException {
        char[] chars = source.chars();
        int lineCount = source.lineCount();
        // A line after a backslash-newline belongs to the previous logical line, so it cannot start a directive.
        boolean continuesPreviousLine = false;
        int line = 0;
        while (line < lineCount) {
            Directive directive = continuesPreviousLine ? null : Directive.readAt(source, line);
            if (directive != null) {
                apply(directive);
                for (int blanked = directive.firstLine(); blanked <= directive.lastLine(); blanked++) {
                    output.append(chars, source.contentEnd(blanked), source.terminatorLength(blanked));
                }
                line = directive.lastLine() + 1;
                continuesPreviousLine = false;
                continue;
            }
            if (isInKeptCode()) {
                output.append(chars, source.start(line), source.end(line) - source.start(line));
                kept.set(line);
                presence[line] = currentPresence();
            } else {
                output.append(chars, source.contentEnd(line), source.terminatorLength(line));
            }
            continuesPreviousLine = source.endsWithSplice(line);
            line++;
        }
        if (!chains.isEmpty()) {
            ConditionalChain unclosed = chains.peek();
            throw error(unclosed.openingLine(), "unterminated #" + unclosed.openingDirective() + " (opened here)");
        }
        return new PreprocessedFile(path, output.toString(), lineCount, kept, presence, macros);
    }

    private boolean isInKeptCode() {
        return chains.isEmpty() || chains.peek().isActive();
    }

    private List<String> currentPresence() {
        return chains.isEmpty() ? List.of() : chains.peek().presence();
    }

    private void apply(Directive directive) throws PreprocessorException {
        switch (directive.name()) {
            case "if":
            case "ifdef":
            case "ifndef":
                open(directive);
                break;
            case "elif":
            case "elifdef":
            case "elifndef":
                elif(directive);
                break;
            case "else":
                enterElse(directive);
                break;
            case "endif":
                close(directive);
                break;
            case "define":
                if (isInKeptCode()) {
                    define(directive);
                }
                break;
            case "undef":
                if (isInKeptCode()) {
                    undefine(directive);
                }
                break;
            default:
                // #include, #error, #pragma, line markers and the rest do not affect conditional structure.
                break;
        }
    }

    private void open(Directive directive) throws PreprocessorException {
        boolean insideKeptCode = isInKeptCode();
        ConditionalChain chain = new ConditionalChain(directive.name(), directive.lineNumber(), insideKeptCode,
                currentPresence());
        if (insideKeptCode) {
            offerBranch(chain, directive, directive.name());
        } else {
            chain.skipBranch();
        }
        chains.push(chain);
    }

    private void elif(Directive directive) throws PreprocessorException {
        ConditionalChain chain = innermostChain(directive);
        if (chain.hasElse()) {
            throw error(directive.lineNumber(), "#" + directive.name() + " after #else (line " + chain.elseLine() + ")");
        }
        if (chain.decidesNextBranch()) {
            offerBranch(chain, directive, directive.name().substring("el".length()));
        } else {
            chain.skipBranch();
        }
    }

    private void enterElse(Directive directive) throws PreprocessorException {
        ConditionalChain chain = innermostChain(directive);
        if (chain.hasElse()) {
            throw error(directive.lineNumber(), "#else after #else (line " + chain.elseLine() + ")");
        }
        chain.enterElse(directive.lineNumber());
    }

    private void close(Directive directive) throws PreprocessorException {
        innermostChain(directive);
        chains.pop();
    }

    private ConditionalChain innermostChain(Directive directive) throws PreprocessorException {
        if (chains.isEmpty()) {
            throw error(directive.lineNumber(), "#" + directive.name() + " without #if");
        }
        return chains.peek();
    }

    /** @param kind "if", "ifdef" or "ifndef", whatever the directive's own spelling */
    private void offerBranch(ConditionalChain chain, Directive directive, String kind) throws PreprocessorException {
        if (kind.equals("if")) {
            String condition = Whitespace.collapse(directive.argument());
            if (condition.isEmpty()) {
                throw error(directive.lineNumber(), "#" + directive.name() + " with no expression");
            }
            chain.offerBranch(condition, evaluate(condition, directive));
            return;
        }
        String name = directive.leadingIdentifier();
        if (name == null) {
            String problem = directive.argument().isBlank() ? "no macro name given" : "macro names must be identifiers";
            throw error(directive.lineNumber(), "#" + directive.name() + ": " + problem);
        }
        Truth defined = symbols.lookup(name).defined();
        if (kind.equals("ifdef")) {
            chain.offerBranch(PresenceConditions.ifdef(name), defined);
        } else {
            chain.offerBranch(PresenceConditions.ifndef(name), defined.not());
        }
    }

    private Truth evaluate(String condition, Directive directive) throws PreprocessorException {
        try {
            return ExpressionParser.parse(condition).evaluate(symbols).truth();
        } catch (ExpressionSyntaxException e) {
            throw error(directive.lineNumber(),
                    "invalid #" + directive.name() + " expression \"" + condition + "\": " + e.getMessage());
        }
    }

    private void define(Directive directive) {
        MacroDefinition macro = MacroDefinitionParser.parse(directive);
        if (macro == null) {
            return;
        }
        // Re-inserting keeps the map ordered by the line of the definition in force.
        macros.remove(macro.name());
        macros.put(macro.name(), macro);
        symbols.define(macro);
    }

    private void undefine(Directive directive) {
        String name = directive.leadingIdentifier();
        if (name != null) {
            macros.remove(name);
            symbols.undefine(name);
        }
    }

    private PreprocessorException error(int line, String problem) {
        return new PreprocessorException(path, line, problem);
    }
}
