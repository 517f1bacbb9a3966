package gupcheck.parse;

import gupcheck.parse.antlr.KernelCLexer;
import gupcheck.parse.antlr.KernelCParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The "lexer hack" without headers. C cannot be parsed without knowing which identifiers
 * name types; the kernel's typedefs live in headers gupcheck never reads. This pass decides
 * per file, from evidence in the file itself:
 * <ul>
 *   <li>names from the base-type list, names declared with {@code typedef} in the file;</li>
 *   <li>names ending in {@code _t} (the kernel convention), unless called like a function
 *       ({@code min_t(...)});</li>
 *   <li>names in positions only a type can take: {@code X y;}, {@code X *y = ...} at the start
 *       of a statement, {@code (X *)}, {@code (X) y}, {@code X const}, a parameter {@code X *p}.</li>
 * </ul>
 * It also drops annotation macros, and marks iterator macros ({@code list_for_each_entry(..) {})
 * and string macros ({@code KERN_INFO "..."}), so the grammar can stay LL(1)-like.
 */
final class TokenClassifier {

    private static final Set<Integer> DECLARATION_KEYWORDS = Set.of(
            KernelCLexer.Struct, KernelCLexer.Union, KernelCLexer.Enum, KernelCLexer.Void, KernelCLexer.Char,
            KernelCLexer.Short, KernelCLexer.Int, KernelCLexer.Long, KernelCLexer.Float, KernelCLexer.Double,
            KernelCLexer.Signed, KernelCLexer.Unsigned, KernelCLexer.Bool, KernelCLexer.Const, KernelCLexer.Volatile,
            KernelCLexer.Static, KernelCLexer.Inline, KernelCLexer.Extern, KernelCLexer.Typeof);

    private static final Set<Integer> STATEMENT_KEYWORDS = Set.of(
            KernelCLexer.If, KernelCLexer.For, KernelCLexer.While, KernelCLexer.Do, KernelCLexer.Switch,
            KernelCLexer.Return, KernelCLexer.Break, KernelCLexer.Continue, KernelCLexer.Goto, KernelCLexer.Asm);

    /** Tokens after which a declaration may start: its first identifier can only be a type. */
    private static final Set<Integer> DECLARATION_START = Set.of(
            KernelCLexer.Semi, KernelCLexer.LeftBrace, KernelCLexer.RightBrace, KernelCLexer.Static,
            KernelCLexer.Extern, KernelCLexer.Const, KernelCLexer.Volatile, KernelCLexer.Inline,
            KernelCLexer.Register, KernelCLexer.Extension, KernelCLexer.Typedef, Token.INVALID_TYPE);

    /** After these, an identifier is a declarator name, not a type. */
    private static final Set<Integer> COMPLETES_TYPE = Set.of(
            KernelCLexer.Identifier, KernelCLexer.Star, KernelCLexer.Void, KernelCLexer.Char,
            KernelCLexer.Short, KernelCLexer.Int, KernelCLexer.Long, KernelCLexer.Float, KernelCLexer.Double,
            KernelCLexer.Signed, KernelCLexer.Unsigned, KernelCLexer.Bool);

    private static final Set<Integer> TRAILING_ANNOTATION_END = Set.of(
            KernelCLexer.Semi, KernelCLexer.Assign, KernelCLexer.Comma);

    private static final Set<Integer> AFTER_DECLARATOR = Set.of(
            KernelCLexer.Semi, KernelCLexer.Comma, KernelCLexer.Assign, KernelCLexer.RightParen,
            KernelCLexer.LeftBracket, KernelCLexer.Attribute, KernelCLexer.Asm);

    /** What may follow {@code (X)} when it is a cast rather than a parenthesised expression. */
    private static final Set<Integer> OPERAND_START = Set.of(
            KernelCLexer.Identifier, KernelCLexer.Constant, KernelCLexer.CharacterConstant,
            KernelCLexer.StringLiteral, KernelCLexer.Tilde, KernelCLexer.Not, KernelCLexer.Sizeof);

    /** A '(' after these opens a call, a condition or a macro argument list, never a cast. */
    private static final Set<Integer> NOT_CAST_OPENER = Set.of(
            KernelCLexer.Identifier, KernelCLexer.RightParen, KernelCLexer.RightBracket, KernelCLexer.If,
            KernelCLexer.While, KernelCLexer.For, KernelCLexer.Switch, KernelCLexer.Sizeof, KernelCLexer.Typeof,
            KernelCLexer.Alignof, KernelCLexer.Attribute, KernelCLexer.Asm, KernelCLexer.StaticAssert,
            KernelCLexer.Generic);

    private static final Set<Integer> ITERATOR_PRECEDES = Set.of(
            KernelCLexer.Semi, KernelCLexer.LeftBrace, KernelCLexer.RightBrace, KernelCLexer.RightParen,
            KernelCLexer.Colon, KernelCLexer.Else);

    private final MacroVocabulary vocabulary;

    TokenClassifier(MacroVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Returns the tokens to parse: annotations removed, identifiers retyped where judged. */
    List<Token> classify(List<? extends Token> lexed) {
        List<Token> tokens = dropTrailingAnnotations(dropAnnotations(lexed));
        Set<Token> declaredNames = new HashSet<>();
        Set<String> typeNames = collectTypeNames(tokens, declaredNames);
        retypeTypeNames(tokens, typeNames, declaredNames);
        markIterators(tokens);
        markCodeMacros(tokens);
        markStringMacros(tokens);
        return insertInitializerCommas(tokens);
    }

    private List<Token> dropAnnotations(List<? extends Token> lexed) {
        List<Token> kept = new ArrayList<>(lexed.size());
        int n = lexed.size();
        for (int i = 0; i < n; i++) {
            Token t = lexed.get(i);
            if (t.getType() == Token.EOF) {
                continue;
            }
            if (t.getType() == KernelCLexer.Identifier) {
                String name = t.getText();
                if (vocabulary.isAnnotationWithArguments(name) && i + 1 < n
                        && lexed.get(i + 1).getType() == KernelCLexer.LeftParen) {
                    i = matchingParen(lexed, i + 1);
                    continue;
                }
                if (vocabulary.isPlainAnnotation(name)) {
                    continue;
                }
            }
            kept.add(t);
        }
        return kept;
    }

    /** Also fills {@code typedefNameTokens}: the name a typedef declares stays an identifier there. */
    /**
     * Drops an unknown {@code __name} standing between a declarator and its end:
     * {@code static struct foo bar __initdata_or_meminfo;}. Declarators are never followed by a
     * bare identifier in C, so this is an annotation macro whatever its definition.
     */
    private static List<Token> dropTrailingAnnotations(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.getType() == KernelCLexer.Identifier && isPositionalAnnotation(tokens, i)) {
                continue;
            }
            kept.add(t);
        }
        return kept;
    }

    /**
     * An identifier where C allows none, so an annotation macro gupcheck does not know:
     * {@code struct foo bar __initdata_or_meminfo;}, {@code char data[] RB_ALIGN_DATA;},
     * {@code static int __net_init audit_net_init(...)}.
     */
    private static boolean isPositionalAnnotation(List<Token> tokens, int i) {
        int prev = typeAt(tokens, i - 1);
        int next = typeAt(tokens, i + 1);
        boolean reserved = tokens.get(i).getText().startsWith("__");
        if (reserved && prev == KernelCLexer.Identifier && COMPLETES_TYPE.contains(typeAt(tokens, i - 2))
                && TRAILING_ANNOTATION_END.contains(next)) {
            return true;
        }
        if (prev == KernelCLexer.RightBracket && (next == KernelCLexer.Semi || next == KernelCLexer.Assign)) {
            return true;
        }
        if (reserved && TYPE_KEYWORDS.contains(prev) && next == KernelCLexer.Star) {
            return true;                          // char __counted *name
        }
        return reserved && next == KernelCLexer.Identifier && typeAt(tokens, i + 2) == KernelCLexer.LeftParen
                && (prev == KernelCLexer.Star || TYPE_KEYWORDS.contains(prev));
    }

    private Set<String> collectTypeNames(List<Token> tokens, Set<Token> typedefNameTokens) {
        Set<String> names = new HashSet<>();
        int n = tokens.size();
        int depth = 0;
        java.util.ArrayDeque<Boolean> parenIsParameterList = new java.util.ArrayDeque<>();
        boolean afterInitializerSign = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int tokenType = t.getType();
            if (tokenType == KernelCLexer.LeftBrace) {
                depth++;
            } else if (tokenType == KernelCLexer.RightBrace) {
                depth--;
            } else if (tokenType == KernelCLexer.LeftParen) {
                parenIsParameterList.push(depth <= 0 && !afterInitializerSign
                        && typeAt(tokens, i - 1) == KernelCLexer.Identifier);
            } else if (tokenType == KernelCLexer.RightParen) {
                parenIsParameterList.poll();
            } else if (tokenType == KernelCLexer.Assign && parenIsParameterList.isEmpty()) {
                afterInitializerSign = true;
            } else if (tokenType == KernelCLexer.Semi && parenIsParameterList.isEmpty()) {
                afterInitializerSign = false;
            }
            if (t.getType() == KernelCLexer.Typedef) {
                Token declared = typedefName(tokens, i);
                if (declared != null) {
                    names.add(declared.getText());
                    typedefNameTokens.add(declared);
                }
                continue;
            }
            if (t.getType() != KernelCLexer.Identifier || isTagOrMemberName(tokens, i)) {
                continue;
            }
            String name = t.getText();
            if (vocabulary.isBaseType(name)
                    || isInTypePosition(tokens, i, Boolean.TRUE.equals(parenIsParameterList.peek()))) {
                names.add(name);
            }
        }
        return names;
    }

    private boolean isInTypePosition(List<Token> tokens, int i, boolean inParameterList) {
        int next = typeAt(tokens, i + 1);
        int prev = typeAt(tokens, i - 1);
        // STATIC uint foo(void), STATIC ssize_t bar(...): a storage macro before a type name
        if (next == KernelCLexer.Identifier && DECLARATION_START.contains(prev)
                && typeAt(tokens, i + 2) == KernelCLexer.Identifier && looksLikeTypeName(tokens.get(i + 1).getText())) {
            return true;
        }
        // X y;  X y(...)  X y[..]  X y = ...  X y, ...  (X y)
        if (next == KernelCLexer.Identifier) {
            if (COMPLETES_TYPE.contains(prev)) {
                return false;          // X is the declarator: struct foo X __annotation;
            }
            int afterName = typeAt(tokens, i + 2);
            return AFTER_DECLARATOR.contains(afterName) || afterName == KernelCLexer.LeftParen
                    || afterName == KernelCLexer.Colon;
        }
        // __annotation struct foo ...,  X const *p
        if (DECLARATION_KEYWORDS.contains(next) && prev != KernelCLexer.Goto) {
            return true;
        }
        if (next == KernelCLexer.Star) {
            int j = i + 1;
            while (typeAt(tokens, j) == KernelCLexer.Star || typeAt(tokens, j) == KernelCLexer.Const) {
                j++;
            }
            int afterStars = typeAt(tokens, j);
            // (X *)  (X **)
            if (prev == KernelCLexer.LeftParen && afterStars == KernelCLexer.RightParen) {
                return true;
            }
            // X *y;  X **y = ...  at a declaration start, or in a parameter list at file level
            if (afterStars == KernelCLexer.Identifier && AFTER_DECLARATOR.contains(typeAt(tokens, j + 1))) {
                if (DECLARATION_START.contains(prev)) {
                    return true;
                }
                return (prev == KernelCLexer.LeftParen || prev == KernelCLexer.Comma) && inParameterList;
            }
            return false;
        }
        // (X) y  is a cast: a parenthesised expression cannot be followed by an operand
        if (prev == KernelCLexer.LeftParen && next == KernelCLexer.RightParen
                && OPERAND_START.contains(typeAt(tokens, i + 2))) {
            return !NOT_CAST_OPENER.contains(typeAt(tokens, i - 2));
        }
        return false;
    }

    private boolean looksLikeTypeName(String name) {
        return vocabulary.isBaseType(name) || name.endsWith("_t") && name.length() > 2;
    }

    private void retypeTypeNames(List<Token> tokens, Set<String> typeNames, Set<Token> typedefNameTokens) {
        int n = tokens.size();
        Set<String> declaredVariables = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.getType() != KernelCLexer.Identifier || isTagOrMemberName(tokens, i) || isLabel(tokens, i)
                    || typedefNameTokens.contains(t)) {
                continue;
            }
            if (isDeclaratorName(tokens, i)) {
                declaredVariables.add(t.getText());     // struct binder_transaction *last_t: later uses too
                continue;
            }
            String name = t.getText();
            boolean known = typeNames.contains(name);
            boolean byConvention = name.endsWith("_t") && name.length() > 2 && !declaredVariables.contains(name)
                    && typeAt(tokens, i + 1) != KernelCLexer.LeftParen;
            if (known || byConvention) {
                ((CommonToken) t).setType(KernelCParser.TypedefName);
            }
        }
    }

    /** Only inside code braces: in an initializer, MACRO(a) MACRO(b) is a list of items, not a loop. */
    /**
     * {@code struct task_struct *st_t;} and {@code poll_table *poll_table)}: a name after a type
     * and its stars, closing a declarator, is the declared name however type-like it looks.
     */
    private static boolean isDeclaratorName(List<Token> tokens, int i) {
        int next = typeAt(tokens, i + 1);
        if (next != KernelCLexer.Semi && next != KernelCLexer.Comma && next != KernelCLexer.RightParen
                && next != KernelCLexer.LeftBracket && next != KernelCLexer.Assign) {
            return false;
        }
        int k = i - 1;
        if (typeAt(tokens, k) != KernelCLexer.Star) {
            return false;
        }
        while (typeAt(tokens, k) == KernelCLexer.Star || typeAt(tokens, k) == KernelCLexer.Const) {
            k--;
        }
        int before = typeAt(tokens, k);
        if (before != KernelCLexer.Identifier && before != KernelCParser.TypedefName && !TYPE_KEYWORDS.contains(before)) {
            return false;
        }
        // "a * b;" in code has an operand before the star; a declaration has a type, which starts
        // a statement or follows struct/union/enum, '(' or ','
        int start = typeAt(tokens, k - 1);
        return start == KernelCLexer.Struct || start == KernelCLexer.Union || start == KernelCLexer.Enum
                || TYPE_KEYWORDS.contains(before) || DECLARATION_START.contains(start)
                || start == KernelCLexer.LeftParen || start == KernelCLexer.Comma;
    }

    private static final Set<Integer> TYPE_KEYWORDS = Set.of(KernelCLexer.Void, KernelCLexer.Char, KernelCLexer.Short,
            KernelCLexer.Int, KernelCLexer.Long, KernelCLexer.Float, KernelCLexer.Double, KernelCLexer.Signed,
            KernelCLexer.Unsigned, KernelCLexer.Bool);

    private void markIterators(List<Token> tokens) {
        java.util.ArrayDeque<Boolean> braceIsCode = new java.util.ArrayDeque<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int type = tokens.get(i).getType();
            if (type == KernelCLexer.LeftBrace) {
                int prev = typeAt(tokens, i - 1);
                braceIsCode.push(!opensInitializer(prev, !braceIsCode.isEmpty() && !braceIsCode.peek()));
            } else if (type == KernelCLexer.RightBrace) {
                braceIsCode.poll();
            } else if (type == KernelCLexer.Identifier && Boolean.TRUE.equals(braceIsCode.peek())
                    && typeAt(tokens, i + 1) == KernelCLexer.LeftParen
                    && ITERATOR_PRECEDES.contains(typeAt(tokens, i - 1))) {
                int close = matchingParen(tokens, i + 1);
                int after = typeAt(tokens, close + 1);
                boolean castStatement = after == KernelCLexer.LeftParen
                        && (TYPE_KEYWORDS.contains(typeAt(tokens, close + 2)) || typeAt(tokens, close + 2) == KernelCParser.TypedefName)
                        && typeAt(tokens, close + 3) == KernelCLexer.RightParen;
                if (castStatement || after == KernelCLexer.LeftBrace || after == KernelCLexer.Identifier
                        || after == KernelCParser.TypedefName || after == KernelCParser.IteratorName
                        || STATEMENT_KEYWORDS.contains(after)) {
                    ((CommonToken) tokens.get(i)).setType(KernelCParser.IteratorName);
                }
            }
        }
    }

    /**
     * In an initializer, a macro may expand to several items and is written without a comma
     * after it: {@code { "a", TEXTS("b") TEXTS("c") "d" }}. A ')' followed directly by a name or
     * a string cannot continue an item there, so the missing comma is put back.
     */
    private static List<Token> insertInitializerCommas(List<Token> tokens) {
        List<Token> out = null;
        java.util.ArrayDeque<Boolean> braceIsInitializer = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Boolean> parenIsCall = new java.util.ArrayDeque<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (out != null) {
                out.add(t);
            }
            if (type == KernelCLexer.LeftBrace) {
                int prev = typeAt(tokens, i - 1);
                braceIsInitializer.push(opensInitializer(prev, Boolean.TRUE.equals(braceIsInitializer.peek())));
            } else if (type == KernelCLexer.RightBrace) {
                braceIsInitializer.poll();
            } else if (type == KernelCLexer.Identifier && parenIsCall.isEmpty() && Boolean.TRUE.equals(braceIsInitializer.peek())
                    && typeAt(tokens, i + 1) == KernelCLexer.Identifier
                    && (typeAt(tokens, i - 1) == KernelCLexer.Comma || typeAt(tokens, i - 1) == KernelCLexer.LeftBrace)) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i + 1));
                }
                CommonToken comma = new CommonToken(KernelCLexer.Comma, ",");
                comma.setLine(t.getLine());
                out.add(comma);
            } else if (type == KernelCLexer.LeftParen) {
                parenIsCall.push(typeAt(tokens, i - 1) == KernelCLexer.Identifier);
            } else if (type == KernelCLexer.RightParen) {
                boolean closesCall = Boolean.TRUE.equals(parenIsCall.poll());
                int next = typeAt(tokens, i + 1);
                if (closesCall && parenIsCall.isEmpty() && Boolean.TRUE.equals(braceIsInitializer.peek())
                        && (next == KernelCLexer.Identifier || next == KernelCLexer.StringLiteral)) {
                    if (out == null) {
                        out = new ArrayList<>(tokens.subList(0, i + 1));
                    }
                    CommonToken comma = new CommonToken(KernelCLexer.Comma, ",");
                    comma.setLine(t.getLine());
                    comma.setCharPositionInLine(t.getCharPositionInLine() + 1);
                    out.add(comma);
                }
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * A macro call with statements among its arguments ({@code DLM_ASSERT(x, printk(..);)},
     * {@code IO_COND(addr, return inb(port), return readb(addr))}): not an expression C can read.
     */
    private static void markCodeMacros(List<Token> tokens) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            if (tokens.get(i).getType() != KernelCLexer.Identifier || tokens.get(i + 1).getType() != KernelCLexer.LeftParen) {
                continue;
            }
            int close = matchingParen(tokens, i + 1);
            for (int j = i + 2; j < close; j++) {
                if (CODE_INSIDE.contains(tokens.get(j).getType())) {
                    ((CommonToken) tokens.get(i)).setType(KernelCParser.CodeMacro);
                    break;
                }
            }
        }
    }

    private static final Set<Integer> CODE_INSIDE = Set.of(KernelCLexer.Semi, KernelCLexer.Return, KernelCLexer.If,
            KernelCLexer.For, KernelCLexer.While, KernelCLexer.Do, KernelCLexer.Goto, KernelCLexer.Break, KernelCLexer.Continue);

    /** Right to left, so a run of macros before a string is all string: KERN_INFO DEVICE_NAME ": x". */
    /** A '{' opens an initializer after '=', or after ',' or '{' inside another initializer. */
    private static boolean opensInitializer(int previousToken, boolean insideInitializer) {
        return previousToken == KernelCLexer.Assign
                || insideInitializer && (previousToken == KernelCLexer.Comma || previousToken == KernelCLexer.LeftBrace);
    }

    private void markStringMacros(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            int next = typeAt(tokens, i + 1);
            if (t.getType() == KernelCLexer.Identifier
                    && (typeAt(tokens, i - 1) == KernelCLexer.StringLiteral
                        || next == KernelCLexer.StringLiteral || next == KernelCParser.StringMacro)) {
                ((CommonToken) t).setType(KernelCParser.StringMacro);
            }
        }
    }

    /** The name a typedef declares: the last identifier outside parentheses, or the one in (*name). */
    private static Token typedefName(List<Token> tokens, int typedefIndex) {
        int parens = 0;
        int braces = 0;
        Token lastAtTop = null;
        Token pointerInParens = null;
        for (int j = typedefIndex + 1; j < tokens.size(); j++) {
            int type = tokens.get(j).getType();
            if (type == KernelCLexer.LeftBrace) {
                braces++;
            } else if (type == KernelCLexer.RightBrace) {
                braces--;
            } else if (braces > 0) {
                continue;
            } else if (type == KernelCLexer.LeftParen) {
                parens++;
            } else if (type == KernelCLexer.RightParen) {
                parens--;
            } else if (type == KernelCLexer.Semi && parens == 0) {
                break;
            } else if (type == KernelCLexer.Identifier || type == KernelCParser.TypedefName) {
                if (parens == 0) {
                    lastAtTop = tokens.get(j);
                } else if (pointerInParens == null && parens == 1 && typeAt(tokens, j + 1) == KernelCLexer.RightParen
                        && isNamedGroupOpening(tokens, j - 1)) {
                    pointerInParens = tokens.get(j);      // typedef int (*name)(...) or typedef void (name)(...)
                }
            }
        }
        return pointerInParens != null ? pointerInParens : lastAtTop;
    }

    /** Whether the tokens before {@code j} (inclusive) are '(' followed only by stars. */
    private static boolean isNamedGroupOpening(List<Token> tokens, int j) {
        int k = j;
        while (typeAt(tokens, k) == KernelCLexer.Star) {
            k--;
        }
        return typeAt(tokens, k) == KernelCLexer.LeftParen;
    }

    private static boolean isTagOrMemberName(List<Token> tokens, int i) {
        int prev = typeAt(tokens, i - 1);
        return prev == KernelCLexer.Struct || prev == KernelCLexer.Union || prev == KernelCLexer.Enum
                || prev == KernelCLexer.Dot || prev == KernelCLexer.Arrow || prev == KernelCLexer.Goto
                || prev == KernelCLexer.AndAnd && typeAt(tokens, i - 2) != KernelCLexer.Identifier;
    }

    private static boolean isLabel(List<Token> tokens, int i) {
        if (typeAt(tokens, i + 1) != KernelCLexer.Colon) {
            return false;
        }
        int prev = typeAt(tokens, i - 1);
        return prev == KernelCLexer.Semi || prev == KernelCLexer.LeftBrace || prev == KernelCLexer.RightBrace
                || prev == KernelCLexer.Colon || prev == Token.INVALID_TYPE;
    }

    static int matchingParen(List<? extends Token> tokens, int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            int type = tokens.get(j).getType();
            if (type == KernelCLexer.LeftParen) {
                depth++;
            } else if (type == KernelCLexer.RightParen && --depth == 0) {
                return j;
            }
        }
        return tokens.size() - 1;
    }

    private static int typeAt(List<? extends Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).getType() : Token.INVALID_TYPE;
    }
}
