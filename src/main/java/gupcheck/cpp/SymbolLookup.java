package gupcheck.cpp;

/** Resolves an identifier met in an {@code #if} expression. */
@FunctionalInterface
interface SymbolLookup {
    /** Knows nothing: used to fold macro bodies that must not depend on any symbol. */
    SymbolLookup NOTHING_KNOWN = name -> SymbolInfo.UNKNOWN;

    SymbolInfo lookup(String name);
}
