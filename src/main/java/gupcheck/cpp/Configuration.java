package gupcheck.cpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The build configuration that {@code #if} conditions are evaluated against.
 * Priority, highest first: {@code -D}/{@code -U} overrides, then the loaded
 * {@code .config} (or, without one, "every CONFIG_ option built in"), then a small
 * table of well-known kernel symbols; anything else is UNKNOWN. Immutable.
 */
public final class Configuration {
    private static final String CONFIG_PREFIX = "CONFIG_";
    private static final String MODULE_SUFFIX = "_MODULE";

    private final Map<String, SymbolInfo> overrides;
    /** Null when no .config was loaded. */
    private final KconfigValues kconfig;
    /** What this configuration was made from, for caches keyed by configuration. */
    private final String fingerprint;

    private Configuration(Map<String, SymbolInfo> overrides, KconfigValues kconfig, String fingerprint) {
        this.overrides = Map.copyOf(overrides);
        this.kconfig = kconfig;
        this.fingerprint = fingerprint;
    }

    /** Equal for configurations made from the same inputs: a .config's text and the same -D/-U in order. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Without a .config every {@code CONFIG_X} is defined to 1 and no {@code CONFIG_X_MODULE} is defined. */
    public static Configuration allEnabled() {
        return new Configuration(Map.of(), null, "all-enabled");
    }

    public static Configuration fromKconfig(Path dotConfig) throws IOException, ConfigException {
        return parseKconfig(dotConfig.toString(), Files.readString(dotConfig, StandardCharsets.UTF_8));
    }

    /** @param displayName names the file in error messages */
    public static Configuration parseKconfig(String displayName, String text) throws ConfigException {
        return new Configuration(Map.of(), KconfigValues.parse(displayName, text), "kconfig:" + sha256(text));
    }

    /**
     * Like {@code -D symbol[=value]}. A value that is an integer literal is used as
     * such; any other value leaves the symbol defined with an unknown value.
     */
    public Configuration define(String symbol, String valueOrNull) {
        SymbolInfo info;
        if (valueOrNull == null) {
            info = SymbolInfo.DEFINED_AS_ONE;
        } else {
            info = SymbolInfo.definedAs(MacroValues.valueOfBody(valueOrNull));
        }
        return withOverride(symbol, info, "-D" + symbol + (valueOrNull == null ? "" : "=" + valueOrNull));
    }

    /** Like {@code -U symbol}: affects exactly that symbol, so {@code -U CONFIG_X} leaves a {@code CONFIG_X_MODULE} alone. */
    public Configuration undefine(String symbol) {
        return withOverride(symbol, SymbolInfo.UNDEFINED, "-U" + symbol);
    }

    public boolean hasKconfig() {
        return kconfig != null;
    }

    private Configuration withOverride(String symbol, SymbolInfo info, String option) {
        Objects.requireNonNull(symbol, "symbol");
        if (!MacroValues.isIdentifier(symbol)) {
            throw new IllegalArgumentException("not a valid macro name: " + symbol);
        }
        Map<String, SymbolInfo> updated = new HashMap<>(overrides);
        updated.put(symbol, info);
        return new Configuration(updated, kconfig, fingerprint + " " + option);
    }

    SymbolInfo lookup(String symbol) {
        SymbolInfo override = overrides.get(symbol);
        if (override != null) {
            return override;
        }
        if (symbol.startsWith(CONFIG_PREFIX)) {
            if (kconfig != null) {
                return kconfig.lookup(symbol);
            }
            return symbol.endsWith(MODULE_SUFFIX) ? SymbolInfo.UNDEFINED : SymbolInfo.DEFINED_AS_ONE;
        }
        return BuiltinSymbols.lookup(symbol);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
