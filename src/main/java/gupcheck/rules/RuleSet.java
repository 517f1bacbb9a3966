package gupcheck.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules of one run, with a hash of their text (for caches keyed by rule content). */
public record RuleSet(List<RuleDefinition> rules, String contentHash) {

    /** The files a kernel tree contributes to a target: the union of what the rules name. */
    public List<String> treeFiles() {
        Set<String> files = new LinkedHashSet<>();
        rules.forEach(r -> files.addAll(r.files()));
        return List.copyOf(files);
    }
}
