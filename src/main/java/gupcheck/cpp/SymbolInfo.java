package gupcheck.cpp;

/**
 * What the preprocessor knows about one identifier: whether it is defined, and
 * the value it contributes to an {@code #if} expression. An undefined identifier
 * is 0 in {@code #if}, as in C.
 */
record SymbolInfo(Truth defined, CppValue value) {
    static final SymbolInfo UNDEFINED = new SymbolInfo(Truth.FALSE, CppValue.ZERO);
    static final SymbolInfo UNKNOWN = new SymbolInfo(Truth.UNKNOWN, CppValue.UNKNOWN);
    static final SymbolInfo DEFINED_AS_ONE = new SymbolInfo(Truth.TRUE, CppValue.ONE);
    static final SymbolInfo DEFINED_UNKNOWN_VALUE = new SymbolInfo(Truth.TRUE, CppValue.UNKNOWN);

    static SymbolInfo definedAs(CppValue value) {
        return new SymbolInfo(Truth.TRUE, value);
    }

    /**
     * The test at the heart of the kernel's {@code IS_BUILTIN()}: {@code __is_defined}
     * is true only for a macro that expands to exactly 1.
     */
    Truth definedAsOne() {
        if (defined == Truth.FALSE) {
            return Truth.FALSE;
        }
        if (defined == Truth.TRUE && value.isKnown()) {
            return Truth.of(value.bits() == 1);
        }
        return Truth.UNKNOWN;
    }
}
