package gupcheck.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One step of a witness path. {@code event} is one of: forcing, guard-missed, assign, call,
 * return, lookup, flag-test. {@code detail} is the source text the step is about;
 * {@code presence} the #if conditions of its line (JSON: "conditions", left out when none).
 */
@JsonPropertyOrder({"file", "line", "function", "event", "detail", "conditions"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PathEvent(String file, int line, String function, String event, String detail,
                        @JsonProperty("conditions") List<String> presence) {

    public PathEvent {
        presence = presence == null ? List.of() : List.copyOf(presence);
    }

    public String describe() {
        return switch (event) {
            case "forcing" -> "forced here: " + detail;
            case "guard-missed" -> "only guarded by " + detail;
            case "assign" -> "carried by " + detail;
            case "call" -> "passed on in " + detail;
            case "return" -> "returned: " + detail;
            case "lookup" -> "reaches lookup " + detail;
            case "flag-test" -> "tested here: " + detail;
            default -> event + ": " + detail;
        };
    }
}
