package gupcheck.cli;

import gupcheck.cpp.ConfigException;
import gupcheck.cpp.Configuration;
import gupcheck.source.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The #if configuration options shared by the commands that read C. */
final class ConfigurationOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Kconfig .config to evaluate #if against (default: every CONFIG_* enabled).")
    Path config;

    @Option(names = "-D", paramLabel = "SYM[=V]", description = "Define a symbol (value 1 when none is given).")
    List<String> defines = new ArrayList<>();

    @Option(names = "-U", paramLabel = "SYM", description = "Undefine a symbol.")
    List<String> undefines = new ArrayList<>();

    Configuration build() throws ConfigException, InputException {
        Configuration configuration;
        try {
            configuration = config == null ? Configuration.allEnabled() : Configuration.fromKconfig(config);
        } catch (IOException e) {
            throw new InputException(config + ": cannot read the configuration ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
        }
        for (String define : defines) {
            int eq = define.indexOf('=');
            String symbol = eq < 0 ? define : define.substring(0, eq);
            try {
                configuration = configuration.define(symbol, eq < 0 ? null : define.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new InputException("-D " + define + ": '" + symbol + "' is not a valid macro name");
            }
        }
        for (String undefine : undefines) {
            try {
                configuration = configuration.undefine(undefine);
            } catch (IllegalArgumentException e) {
                throw new InputException("-U " + undefine + ": not a valid macro name");
            }
        }
        return configuration;
    }
}
