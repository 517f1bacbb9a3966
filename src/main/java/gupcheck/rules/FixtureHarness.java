package gupcheck.rules;

import gupcheck.cpp.Configuration;
import gupcheck.cpp.PreprocessorException;
import gupcheck.source.FileSystemSource;
import gupcheck.source.InputException;
import gupcheck.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks every rule against its fixture trees ({@code rules/<id>/<case>/mm/...}). The C files
 * carry the expectations, in the manner of semgrep's ruleid:/ok: and Error Prone's
 * "BUG: Diagnostic contains": {@code /* expect: RULE kind=K [severity=S] [sink=F] [condition=C] *\/}
 * on a line that must be reported, {@code /* ok: RULE *\/} on one that must not. The check is
 * exact: a missing finding and an extra finding both fail the case.
 */
public final class FixtureHarness {

    private static final Pattern ANNOTATION = Pattern.compile("/\\*\\s*(expect|ok):\\s*([a-z0-9-]+)([^*]*)\\*/");

    public record CaseResult(String rule, String name, List<String> problems, int expected) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private record Expectation(String file, int line, Map<String, String> attributes) { }

    private final Path rulesDirectory;
    private final RuleSet rules;

    public FixtureHarness(Path rulesDirectory, RuleSet rules) {
        this.rulesDirectory = rulesDirectory;
        this.rules = rules;
    }

    public List<CaseResult> run() throws InputException, PreprocessorException {
        List<CaseResult> results = new ArrayList<>();
        for (RuleDefinition rule : rules.rules()) {
            Path fixtures = rulesDirectory.resolve(rule.id());
            if (!Files.isDirectory(fixtures)) {
                results.add(new CaseResult(rule.id(), "(fixtures)", List.of("no fixture directory " + fixtures), 0));
                continue;
            }
            for (Path fixture : cases(fixtures)) {
                results.add(runCase(rule, fixture));
            }
        }
        return results;
    }

    private static List<Path> cases(Path fixtures) throws InputException {
        try (Stream<Path> listing = Files.list(fixtures)) {
            return listing.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new InputException(fixtures + ": cannot list (" + e.getMessage() + ")");
        }
    }

    private CaseResult runCase(RuleDefinition rule, Path fixture) throws InputException, PreprocessorException {
        List<SourceFile> sources = new FileSystemSource(rule.files()).read(fixture);
        RuleSet single = new RuleSet(List.of(rule), rules.contentHash());
        ScanResult result = new TargetScanner(single, Configuration.allEnabled(), 1).scan(fixture.toString(), sources);

        List<Expectation> expected = new ArrayList<>();
        Map<String, List<Integer>> okLines = new HashMap<>();
        for (SourceFile source : sources) {
            String[] lines = source.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = ANNOTATION.matcher(lines[i]);
                while (m.find()) {
                    if (!m.group(2).equals(rule.id())) {
                        continue;
                    }
                    if (m.group(1).equals("ok")) {
                        okLines.computeIfAbsent(source.path(), k -> new ArrayList<>()).add(i + 1);
                    } else {
                        expected.add(new Expectation(source.path(), i + 1, attributes(m.group(3))));
                    }
                }
            }
        }

        List<String> problems = new ArrayList<>();
        List<Finding> unmatched = new ArrayList<>(result.findings());
        for (Expectation e : expected) {
            Finding match = unmatched.stream().filter(f -> matches(f, e)).findFirst().orElse(null);
            if (match == null) {
                problems.add(e.file() + ":" + e.line() + ": missing finding " + describe(e.attributes()));
            } else {
                unmatched.remove(match);
            }
        }
        for (Finding f : unmatched) {
            boolean markedOk = okLines.getOrDefault(f.file(), List.of()).contains(f.line());
            problems.add(f.file() + ":" + f.line() + ": unexpected finding kind=" + f.kind() + " sink=" + f.sink()
                    + " severity=" + f.severity().label() + (markedOk ? " (line is marked ok)" : ""));
        }
        return new CaseResult(rule.id(), fixture.getFileName().toString(), problems, expected.size());
    }

    private static boolean matches(Finding f, Expectation e) {
        if (!f.file().equals(e.file()) || f.line() != e.line()) {
            return false;
        }
        Map<String, String> a = e.attributes();
        return (!a.containsKey("kind") || a.get("kind").equals(f.kind()))
                && a.getOrDefault("severity", "error").equals(f.severity().label())
                && (!a.containsKey("sink") || a.get("sink").equals(f.sink()))
                && (!a.containsKey("condition") || f.conditions().contains(a.get("condition")));
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String part : text.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                attributes.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return attributes;
    }

    private static String describe(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        attributes.forEach((k, v) -> out.append(out.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return out.toString();
    }
}
