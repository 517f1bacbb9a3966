package gupcheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: checks the rule files and bundles them into the jar in {@link RuleSetCodec}'s
 * format, so a run starts neither a YAML parser nor Jackson's data binding to read them.
 * Run by the build: {@code RuleCompiler RULES_DIR OUTPUT_DIR}; a rule file with an error fails
 * the build with the same one-line message {@code --rules} would give.
 */
public final class RuleCompiler {

    /** The bundled rules' resource name inside OUTPUT_DIR. */
    static final String BUNDLE = "rules.bin";

    private RuleCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path output = Path.of(args[1]);
        RuleSet checked;
        try {
            checked = RuleLoader.fromDirectory(rules);
        } catch (RuleException e) {
            System.err.println("gupcheck: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(output);
        Files.write(output.resolve(BUNDLE), RuleSetCodec.encode(checked));
    }
}
