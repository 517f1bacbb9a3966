package gupcheck.cpp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of a kernel {@code .config}, seen the way C code sees them through
 * {@code autoconf.h}: {@code =y} defines CONFIG_X to 1, {@code =m} defines only
 * CONFIG_X_MODULE, and an option that is absent or not set is simply undefined.
 */
final class KconfigValues {
    private static final Pattern ASSIGNMENT = Pattern.compile("(CONFIG_[A-Za-z0-9_]+)=(.*)");
    private static final Pattern NOT_SET = Pattern.compile("#\\s*(CONFIG_[A-Za-z0-9_]+) is not set");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");
    private static final Pattern HEXADECIMAL = Pattern.compile("0[xX][0-9a-fA-F]+");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final String MODULE_SUFFIX = "_MODULE";

    private final Map<String, SymbolInfo> symbols;
    /** Options set to {@code m}; kept apart so a later {@code =y} for the same option replaces it. */
    private final Set<String> modules;

    private KconfigValues(Map<String, SymbolInfo> symbols, Set<String> modules) {
        this.symbols = Map.copyOf(symbols);
        this.modules = Set.copyOf(modules);
    }

    static KconfigValues parse(String displayName, String text) throws ConfigException {
        Map<String, SymbolInfo> symbols = new HashMap<>();
        Set<String> modules = new HashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher notSet = NOT_SET.matcher(line);
                if (notSet.matches()) {
                    symbols.put(notSet.group(1), SymbolInfo.UNDEFINED);
                    modules.remove(notSet.group(1));
                }
                continue;
            }
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (!assignment.matches()) {
                throw new ConfigException(displayName, index + 1, "expected CONFIG_NAME=value or a # comment, found: " + line);
            }
            String option = assignment.group(1);
            String value = assignment.group(2);
            if (value.equals("m")) {
                symbols.put(option, SymbolInfo.UNDEFINED);
                modules.add(option);
            } else {
                symbols.put(option, symbolFor(option, value, displayName, index + 1));
                modules.remove(option);
            }
        }
        return new KconfigValues(symbols, modules);
    }

    private static SymbolInfo symbolFor(String option, String value, String displayName, int line) throws ConfigException {
        if (value.equals("y")) {
            return SymbolInfo.DEFINED_AS_ONE;
        }
        if (value.equals("n")) {
            return SymbolInfo.UNDEFINED;
        }
        if (QUOTED.matcher(value).matches()) {
            return SymbolInfo.DEFINED_UNKNOWN_VALUE;
        }
        try {
            if (DECIMAL.matcher(value).matches()) {
                return SymbolInfo.definedAs(CppValue.signed(Long.parseLong(value)));
            }
            if (HEXADECIMAL.matcher(value).matches()) {
                return SymbolInfo.definedAs(IntegerLiteral.parse(value));
            }
        } catch (NumberFormatException | ExpressionSyntaxException outOfRange) {
            throw new ConfigException(displayName, line, "value of " + option + " is out of range: " + value);
        }
        throw new ConfigException(displayName, line,
                "invalid value for " + option + " (expected y, m, n, a quoted string or an integer): " + value);
    }

    /** For a {@code CONFIG_} symbol; anything the file does not mention is undefined. */
    SymbolInfo lookup(String symbol) {
        SymbolInfo direct = symbols.get(symbol);
        if (direct != null) {
            return direct;
        }
        if (symbol.endsWith(MODULE_SUFFIX)
                && modules.contains(symbol.substring(0, symbol.length() - MODULE_SUFFIX.length()))) {
            return SymbolInfo.DEFINED_AS_ONE;
        }
        return SymbolInfo.UNDEFINED;
    }
}
