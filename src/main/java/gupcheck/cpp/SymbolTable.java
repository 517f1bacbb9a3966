package gupcheck.cpp;

import java.util.HashMap;
import java.util.Map;

/** The file's own {@code #define}/{@code #undef} so far, layered over the configuration. */
final class SymbolTable implements SymbolLookup {
    private final Configuration configuration;
    private final Map<String, SymbolInfo> local = new HashMap<>();

    SymbolTable(Configuration configuration) {
        this.configuration = configuration;
    }

    void define(MacroDefinition macro) {
        // A function-like macro named without arguments is not expanded; we do not guess its value.
        CppValue value = macro.isFunctionLike() ? CppValue.UNKNOWN : MacroValues.valueOfBody(macro.body());
        local.put(macro.name(), SymbolInfo.definedAs(value));
    }

    void undefine(String name) {
        local.put(name, SymbolInfo.UNDEFINED);
    }

    @Override
    public SymbolInfo lookup(String name) {
        SymbolInfo own = local.get(name);
        return own != null ? own : configuration.lookup(name);
    }
}
