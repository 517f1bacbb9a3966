package gupcheck.cpp;

/** An {@code #if} expression (or a fragment of one) that is not valid C preprocessor syntax. */
final class ExpressionSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    ExpressionSyntaxException(String message) {
        super(message);
    }
}
