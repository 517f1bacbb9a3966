package gupcheck.cpp;

/** Prefix operators of {@code #if}; every one of them maps UNKNOWN to UNKNOWN. */
enum UnaryOperator {
    NOT("!"), COMPLEMENT("~"), NEGATE("-"), PLUS("+");

    private static final UnaryOperator[] ALL = values();

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    static UnaryOperator forToken(Token token) {
        if (token.kind() != Token.Kind.PUNCTUATOR) {
            return null;
        }
        for (UnaryOperator operator : ALL) {
            if (operator.symbol.equals(token.text())) {
                return operator;
            }
        }
        return null;
    }

    CppValue apply(CppValue operand) {
        if (!operand.isKnown()) {
            return CppValue.UNKNOWN;
        }
        return switch (this) {
            case NOT -> CppValue.of(operand.bits() == 0);
            case COMPLEMENT -> operand.withBits(~operand.bits());
            case NEGATE -> operand.withBits(-operand.bits());
            case PLUS -> operand;
        };
    }
}
