package gupcheck.cpp;

import java.util.Map;

/**
 * Symbols that are not Kconfig options but whose state is known for kernel C
 * compiled as built-in (not module) code: we analyse C, not assembly, not
 * sparse or genksyms runs, and never C++.
 */
final class BuiltinSymbols {
    private static final Map<String, SymbolInfo> KNOWN = Map.of(
            "__KERNEL__", SymbolInfo.DEFINED_AS_ONE,
            "__ASSEMBLY__", SymbolInfo.UNDEFINED,
            "__CHECKER__", SymbolInfo.UNDEFINED,
            "__GENKSYMS__", SymbolInfo.UNDEFINED,
            "MODULE", SymbolInfo.UNDEFINED,
            "__cplusplus", SymbolInfo.UNDEFINED);

    private BuiltinSymbols() {
    }

    static SymbolInfo lookup(String name) {
        return KNOWN.getOrDefault(name, SymbolInfo.UNKNOWN);
    }
}
