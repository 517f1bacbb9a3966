package gupcheck.cpp;

/**
 * The kernel's {@code <linux/kconfig.h>} tests. A tristate option set to {@code m}
 * is visible to C only as {@code CONFIG_X_MODULE}, and {@code __is_defined} is true
 * only for a macro defined to exactly 1.
 */
enum KconfigMacro {
    IS_BUILTIN {
        @Override
        Truth test(String option, SymbolLookup symbols) {
            return builtin(option, symbols);
        }
    },
    IS_MODULE {
        @Override
        Truth test(String option, SymbolLookup symbols) {
            return module(option, symbols);
        }
    },
    IS_ENABLED {
        @Override
        Truth test(String option, SymbolLookup symbols) {
            return builtin(option, symbols).or(module(option, symbols));
        }
    },
    /**
     * The kernel also requires {@code MODULE} for the {@code =m} case; we treat it
     * like IS_ENABLED so that code reachable in some build is kept.
     */
    IS_REACHABLE {
        @Override
        Truth test(String option, SymbolLookup symbols) {
            return IS_ENABLED.test(option, symbols);
        }
    };

    private static final KconfigMacro[] ALL = values();

    abstract Truth test(String option, SymbolLookup symbols);

    static KconfigMacro named(String name) {
        for (KconfigMacro macro : ALL) {
            if (macro.name().equals(name)) {
                return macro;
            }
        }
        return null;
    }

    private static Truth builtin(String option, SymbolLookup symbols) {
        return symbols.lookup(option).definedAsOne();
    }

    private static Truth module(String option, SymbolLookup symbols) {
        return symbols.lookup(option + "_MODULE").definedAsOne();
    }
}
