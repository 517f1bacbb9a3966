package gupcheck.cpp;

/**
 * Splits an {@code #if} expression into tokens. Characters that cannot occur in a
 * valid expression become OTHER tokens instead of failing here, because they are
 * legal inside the arguments of calls we do not interpret, e.g.
 * {@code __has_include(<linux/foo.h>)}.
 */
final class ExpressionLexer {
    private static final String[] TWO_CHAR_PUNCTUATORS = {"<<", ">>", "<=", ">=", "==", "!=", "&&", "||"};
    private static final String ONE_CHAR_PUNCTUATORS = "+-*/%<>&^|!~?:(),";

    private final String text;
    private int position;

    ExpressionLexer(String text) {
        this.text = text;
    }

    Token next() throws ExpressionSyntaxException {
        skipBlanks();
        if (position >= text.length()) {
            return Token.END;
        }
        char c = text.charAt(position);
        if (isIdentifierStart(c)) {
            return identifier();
        }
        if (Character.isDigit(c) || (c == '.' && position + 1 < text.length() && Character.isDigit(text.charAt(position + 1)))) {
            return number();
        }
        if (c == '\'') {
            return character();
        }
        if (c == '"') {
            return string();
        }
        return punctuator();
    }

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private void skipBlanks() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private Token identifier() {
        int start = position;
        while (position < text.length() && isIdentifierPart(text.charAt(position))) {
            position++;
        }
        return new Token(Token.Kind.IDENTIFIER, text.substring(start, position), null);
    }

    /** Reads a whole pp-number first so that e.g. {@code 1.5} is rejected rather than misread as {@code 1}. */
    private Token number() throws ExpressionSyntaxException {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            boolean exponentSign = (c == '+' || c == '-') && "eEpP".indexOf(text.charAt(position - 1)) >= 0;
            if (!isIdentifierPart(c) && c != '.' && !exponentSign) {
                break;
            }
            position++;
        }
        String literal = text.substring(start, position);
        return new Token(Token.Kind.NUMBER, literal, IntegerLiteral.parse(literal));
    }

    private Token character() throws ExpressionSyntaxException {
        int start = position;
        position++;
        long value = 0;
        int count = 0;
        while (position < text.length() && text.charAt(position) != '\'') {
            value = text.charAt(position) == '\\' ? escape() : text.charAt(position++);
            count++;
        }
        if (position >= text.length() || count == 0) {
            throw new ExpressionSyntaxException("invalid character constant " + text.substring(start));
        }
        position++;
        // Multi-character constants have an implementation-defined value.
        CppValue result = count == 1 ? CppValue.signed(value) : CppValue.UNKNOWN;
        return new Token(Token.Kind.NUMBER, text.substring(start, position), result);
    }

    private long escape() {
        position++;
        if (position >= text.length()) {
            return '\\';
        }
        char c = text.charAt(position++);
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'a': return 7;
            case 'b': return '\b';
            case 'f': return '\f';
            case 'v': return 11;
            case 'x': return digitsAfterEscape(16, Integer.MAX_VALUE);
            default:
                if (c >= '0' && c <= '7') {
                    position--;
                    return digitsAfterEscape(8, 3);
                }
                return c;
        }
    }

    private long digitsAfterEscape(int radix, int maxDigits) {
        long value = 0;
        int digits = 0;
        while (position < text.length() && digits < maxDigits && Character.digit(text.charAt(position), radix) >= 0) {
            value = value * radix + Character.digit(text.charAt(position), radix);
            position++;
            digits++;
        }
        return value;
    }

    private Token string() throws ExpressionSyntaxException {
        int start = position;
        position++;
        while (position < text.length() && text.charAt(position) != '"') {
            position += text.charAt(position) == '\\' ? 2 : 1;
        }
        if (position >= text.length()) {
            throw new ExpressionSyntaxException("missing terminating \" character");
        }
        position++;
        return new Token(Token.Kind.STRING, text.substring(start, position), null);
    }

    private Token punctuator() {
        for (String candidate : TWO_CHAR_PUNCTUATORS) {
            if (text.startsWith(candidate, position)) {
                position += 2;
                return new Token(Token.Kind.PUNCTUATOR, candidate, null);
            }
        }
        char c = text.charAt(position++);
        Token.Kind kind = ONE_CHAR_PUNCTUATORS.indexOf(c) >= 0 ? Token.Kind.PUNCTUATOR : Token.Kind.OTHER;
        return new Token(kind, String.valueOf(c), null);
    }
}
