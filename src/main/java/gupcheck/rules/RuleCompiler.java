package gupcheck.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: checks the rule files and bundles them into the jar as JSON, so a run reads them
 * with the JSON parser it loads anyway instead of starting a YAML parser (a quarter of a second
 * of every command's start-up). Run by the build: {@code RuleCompiler RULES_DIR OUTPUT_DIR}.
 */
public final class RuleCompiler {

    private RuleCompiler() {
    }

    public static void main(String[] args) throws IOException, RuleException {
        Path rules = Path.of(args[0]);
        Path output = Path.of(args[1]);
        RuleSet checked = RuleLoader.fromDirectory(rules);
        Files.createDirectories(output);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        List<String> names = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(rules)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", ".json");
            Files.writeString(output.resolve(name), json.writeValueAsString(yaml.readTree(file.toFile())), StandardCharsets.UTF_8);
            names.add(name);
        }
        Files.writeString(output.resolve("index.txt"), checked.contentHash() + "\n" + String.join("\n", names) + "\n",
                StandardCharsets.UTF_8);
    }
}
