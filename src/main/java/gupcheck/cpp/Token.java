package gupcheck.cpp;

/** One token of an {@code #if} expression; {@code value} is set for numbers and characters. */
record Token(Kind kind, String text, CppValue value) {
    enum Kind { NUMBER, IDENTIFIER, PUNCTUATOR, STRING, OTHER, END }

    static final Token END = new Token(Kind.END, "", null);

    boolean is(String punctuator) {
        return kind == Kind.PUNCTUATOR && text.equals(punctuator);
    }

    String describe() {
        return kind == Kind.END ? "end of expression" : "'" + text + "'";
    }
}
