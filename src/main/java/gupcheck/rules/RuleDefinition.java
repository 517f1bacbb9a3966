package gupcheck.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A rule as written in {@code rules/<id>.yaml}. The engine reads only this: it names no kernel
 * function itself. Keys are checked strictly when loading (see {@link RuleLoader}).
 */
public record RuleDefinition(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "severity", required = true) Severity severity,
        @JsonProperty("description") String description,
        @JsonProperty(value = "files", required = true) List<String> files,
        @JsonProperty(value = "flag", required = true) String flag,
        @JsonProperty("notForcing") NotForcing notForcing,
        @JsonProperty("guards") List<String> guards,
        @JsonProperty("postLookupChecks") List<String> postLookupChecks,
        @JsonProperty(value = "lookups", required = true) List<Lookup> lookups,
        @JsonProperty("messages") Map<String, String> messages,
        @JsonProperty("targetFacts") Map<String, String> targetFacts) {

    /**
     * When adding the flag is what the caller or the object asked for, not forcing:
     * under a test of one of the function's own parameters ({@code if (write)}), or under a
     * condition that mentions one of {@code conditionMentions} ({@code VM_WRITE}).
     */
    public record NotForcing(
            @JsonProperty("parameterTest") Boolean parameterTest,
            @JsonProperty("conditionMentions") List<String> conditionMentions) { }

    /**
     * A function that looks the page up and tests the flag. {@code kind} is the page kind a
     * finding reports; {@code severity} overrides the rule's (a lookup that only refuses, such
     * as a fast path that falls back, is a note).
     */
    public record Lookup(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "kind", required = true) String kind,
            @JsonProperty("severity") Severity severity) { }

    public List<String> guardsOrEmpty() {
        return guards == null ? List.of() : guards;
    }

    public List<String> postLookupChecksOrEmpty() {
        return postLookupChecks == null ? List.of() : postLookupChecks;
    }

    public boolean notForcingOnParameterTest() {
        return notForcing != null && Boolean.TRUE.equals(notForcing.parameterTest());
    }

    public List<String> notForcingConditionMentions() {
        return notForcing == null || notForcing.conditionMentions() == null ? List.of() : notForcing.conditionMentions();
    }

    public Map<String, String> targetFactsOrEmpty() {
        return targetFacts == null ? Map.of() : targetFacts;
    }

    public String message(String kind) {
        return messages != null && messages.containsKey(kind) ? messages.get(kind) : title;
    }
}
