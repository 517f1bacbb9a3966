package gupcheck.cli;

import gupcheck.rules.RuleException;
import gupcheck.rules.RuleLoader;
import gupcheck.rules.RuleSet;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --rules DIR, shared by the commands that run rules; the rules bundled in the jar otherwise. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "Directory of rule files (*.yaml); default: the bundled rules.")
    Path directory;

    RuleSet load() throws RuleException {
        return directory == null ? RuleLoader.bundled() : RuleLoader.fromDirectory(directory);
    }
}
