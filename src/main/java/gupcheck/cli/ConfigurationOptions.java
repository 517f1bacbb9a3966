package gupcheck.cli;

import gupcheck.cpp.ConfigException;
import gupcheck.cpp.Configuration;
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

    Configuration build() throws ConfigException, IOException {
        Configuration configuration = config == null ? Configuration.allEnabled() : Configuration.fromKconfig(config);
        for (String define : defines) {
            int eq = define.indexOf('=');
            configuration = eq < 0 ? configuration.define(define, null)
                    : configuration.define(define.substring(0, eq), define.substring(eq + 1));
        }
        for (String undefine : undefines) {
            configuration = configuration.undefine(undefine);
        }
        return configuration;
    }
}
