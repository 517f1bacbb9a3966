package gupcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule of a rule set over one analysed target. */
public final class RuleEngine {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::rule).thenComparing(Finding::kind)
            .thenComparing(Finding::sink);

    private final RuleSet rules;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
    }

    public List<Finding> findings(TargetAnalysis target) {
        List<Finding> findings = new ArrayList<>();
        for (RuleDefinition rule : rules.rules()) {
            findings.addAll(new ForcedFlagAnalysis(rule, target).run());
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** Target facts named by the rules: fact name to whether the target's files mention the symbol. */
    public Map<String, Boolean> facts(TargetAnalysis target) {
        Map<String, Boolean> facts = new LinkedHashMap<>();
        for (RuleDefinition rule : rules.rules()) {
            rule.targetFactsOrEmpty().forEach((fact, symbol) -> facts.merge(fact, target.mentions(symbol), Boolean::logicalOr));
        }
        return facts;
    }
}
