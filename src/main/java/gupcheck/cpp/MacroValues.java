package gupcheck.cpp;

/** What a macro body or a {@code -D} value contributes when the macro is used in {@code #if}. */
final class MacroValues {
    private MacroValues() {
    }

    /**
     * Folds bodies such as {@code 4}, {@code (1UL << 12)} or {@code -1}. Identifiers
     * are evaluated as unknown because their meaning at the point of use may differ
     * from the point of definition; a body that is not an expression at all is
     * unknown too.
     */
    static CppValue valueOfBody(String body) {
        if (body.isBlank()) {
            return CppValue.UNKNOWN;
        }
        try {
            return ExpressionParser.parse(body).evaluate(SymbolLookup.NOTHING_KNOWN);
        } catch (ExpressionSyntaxException notAnExpression) {
            return CppValue.UNKNOWN;
        }
    }

    static boolean isIdentifier(String text) {
        if (text.isEmpty() || !ExpressionLexer.isIdentifierStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!ExpressionLexer.isIdentifierPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
