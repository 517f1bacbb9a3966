package gupcheck.cpp;

/**
 * The value of a preprocessor expression: a 64-bit integer as cpp computes it
 * (intmax_t or uintmax_t), or UNKNOWN when it depends on something we cannot see.
 * Signedness is tracked because it changes the result of comparisons and shifts,
 * e.g. {@code -1 < 0U} is false in cpp.
 */
final class CppValue {
    static final CppValue UNKNOWN = new CppValue(false, 0, false);
    static final CppValue ZERO = new CppValue(true, 0, false);
    static final CppValue ONE = new CppValue(true, 1, false);

    private final boolean known;
    private final long bits;
    private final boolean unsigned;

    private CppValue(boolean known, long bits, boolean unsigned) {
        this.known = known;
        this.bits = bits;
        this.unsigned = unsigned;
    }

    static CppValue signed(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : new CppValue(true, value, false);
    }

    static CppValue unsigned(long bits) {
        return new CppValue(true, bits, true);
    }

    static CppValue of(boolean value) {
        return value ? ONE : ZERO;
    }

    static CppValue of(Truth truth) {
        return switch (truth) {
            case TRUE -> ONE;
            case FALSE -> ZERO;
            case UNKNOWN -> UNKNOWN;
        };
    }

    boolean isKnown() {
        return known;
    }

    /** Only meaningful when {@link #isKnown()}. */
    long bits() {
        return bits;
    }

    boolean isUnsigned() {
        return unsigned;
    }

    Truth truth() {
        return known ? Truth.of(bits != 0) : Truth.UNKNOWN;
    }

    /** Result of a usual-arithmetic-conversion operation on this and {@code other}. */
    CppValue withBits(long result, CppValue other) {
        return unsigned || other.unsigned ? unsigned(result) : signed(result);
    }

    CppValue withBits(long result) {
        return unsigned ? unsigned(result) : signed(result);
    }

    boolean sameAs(CppValue other) {
        return known && other.known && bits == other.bits;
    }

    @Override
    public String toString() {
        if (!known) {
            return "UNKNOWN";
        }
        return unsigned ? Long.toUnsignedString(bits) + "U" : Long.toString(bits);
    }
}
