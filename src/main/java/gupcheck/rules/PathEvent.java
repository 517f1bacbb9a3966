package gupcheck.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One step of a witness path. {@code event} is one of: forcing, guard-missed, assign, call,
 * return, lookup, flag-test. {@code detail} is the source text the step is about.
 */
@JsonPropertyOrder({"file", "line", "function", "event", "detail"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathEvent(String file, int line, String function, String event, String detail,
                        @JsonIgnore List<String> presence) {

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
