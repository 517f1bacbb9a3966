package gupcheck.cli;

import gupcheck.cpp.Configuration;
import gupcheck.rules.ResultCache;
import gupcheck.rules.RuleSet;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** --cache DIR / --no-cache, and the key salt every cached result shares. */
final class CacheOptions {

    @Option(names = "--cache", paramLabel = "DIR", description = "Result cache directory (default: $XDG_CACHE_HOME/gupcheck).")
    Path directory;

    @Option(names = "--no-cache", description = "Neither read nor write the result cache.")
    boolean disabled;

    /** Null when disabled. Results depend on gupcheck's version, the rules, the #if configuration and the files read. */
    ResultCache open(RuleSet rules, Configuration configuration, List<String> files) {
        if (disabled) {
            return null;
        }
        return new ResultCache(directory != null ? directory : ResultCache.defaultDirectory(),
                Main.Version.number() + "\n" + rules.contentHash() + "\n" + configuration.fingerprint() + "\n" + String.join(",", files));
    }
}
