package gupcheck.cpp;

/**
 * Arithmetic, bitwise and comparison operators of {@code #if} with their C
 * precedence (higher binds tighter). {@code &&}, {@code ||} and {@code ?:} are not
 * here because they need Kleene logic rather than "UNKNOWN in, UNKNOWN out".
 */
enum BinaryOperator {
    MULTIPLY("*", 10), DIVIDE("/", 10), REMAINDER("%", 10),
    ADD("+", 9), SUBTRACT("-", 9),
    SHIFT_LEFT("<<", 8), SHIFT_RIGHT(">>", 8),
    LESS("<", 7), LESS_OR_EQUAL("<=", 7), GREATER(">", 7), GREATER_OR_EQUAL(">=", 7),
    EQUAL("==", 6), NOT_EQUAL("!=", 6),
    BIT_AND("&", 5),
    BIT_XOR("^", 4),
    BIT_OR("|", 3);

    static final int LOWEST_PRECEDENCE = 3;
    /** {@code values()} copies the array on every call, and this is looked up per token. */
    private static final BinaryOperator[] ALL = values();

    private final String symbol;
    private final int precedence;

    BinaryOperator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    int precedence() {
        return precedence;
    }

    static BinaryOperator forToken(Token token) {
        if (token.kind() != Token.Kind.PUNCTUATOR) {
            return null;
        }
        for (BinaryOperator operator : ALL) {
            if (operator.symbol.equals(token.text())) {
                return operator;
            }
        }
        return null;
    }

    CppValue apply(CppValue left, CppValue right) {
        if (!left.isKnown() || !right.isKnown()) {
            return CppValue.UNKNOWN;
        }
        long a = left.bits();
        long b = right.bits();
        boolean unsigned = left.isUnsigned() || right.isUnsigned();
        switch (this) {
            case MULTIPLY: return left.withBits(a * b, right);
            case ADD: return left.withBits(a + b, right);
            case SUBTRACT: return left.withBits(a - b, right);
            case DIVIDE:
            case REMAINDER:
                return divide(left, right, unsigned);
            case SHIFT_LEFT:
            case SHIFT_RIGHT:
                return shift(left, b);
            case LESS: return CppValue.of(compare(a, b, unsigned) < 0);
            case LESS_OR_EQUAL: return CppValue.of(compare(a, b, unsigned) <= 0);
            case GREATER: return CppValue.of(compare(a, b, unsigned) > 0);
            case GREATER_OR_EQUAL: return CppValue.of(compare(a, b, unsigned) >= 0);
            case EQUAL: return CppValue.of(a == b);
            case NOT_EQUAL: return CppValue.of(a != b);
            case BIT_AND: return left.withBits(a & b, right);
            case BIT_XOR: return left.withBits(a ^ b, right);
            case BIT_OR: return left.withBits(a | b, right);
            default: throw new AssertionError(this);
        }
    }

    /** cpp rejects division by zero; we only need to know we cannot tell the value. */
    private CppValue divide(CppValue left, CppValue right, boolean unsigned) {
        long a = left.bits();
        long b = right.bits();
        if (b == 0) {
            return CppValue.UNKNOWN;
        }
        long result;
        if (this == DIVIDE) {
            result = unsigned ? Long.divideUnsigned(a, b) : a / b;
        } else {
            result = unsigned ? Long.remainderUnsigned(a, b) : a % b;
        }
        return left.withBits(result, right);
    }

    /** Shifts keep the left operand's type; counts outside 0..63 are undefined behaviour in C. */
    private CppValue shift(CppValue left, long count) {
        if (count < 0 || count > 63) {
            return CppValue.UNKNOWN;
        }
        long a = left.bits();
        int n = (int) count;
        if (this == SHIFT_LEFT) {
            return left.withBits(a << n);
        }
        return left.withBits(left.isUnsigned() ? a >>> n : a >> n);
    }

    private static int compare(long a, long b, boolean unsigned) {
        return unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }
}
