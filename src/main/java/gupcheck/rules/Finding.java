package gupcheck.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A finding: reported at its forcing site ({@code file:line} in {@code function}), for one
 * {@code sink} lookup of one page {@code kind}, with the witness path from the forcing to the
 * sink's flag test and the #if conditions along it.
 */
@JsonPropertyOrder({"rule", "severity", "kind", "file", "line", "function", "sink", "message", "conditions", "path"})
public record Finding(String rule, Severity severity, String kind, String file, int line, String function,
                      String sink, String message, List<String> conditions, List<PathEvent> path) {

    /** Survives unrelated line shifts: rule, kind, the forcing site's function and the sink. */
    @JsonIgnore
    public String identity() {
        return rule + "|" + kind + "|" + function + "|" + sink;
    }
}
