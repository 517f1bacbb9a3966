package gupcheck.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * What a change does to the findings: those it introduces (present after, not before), those it
 * fixes (present before, not after) and those it leaves, matched by identity (rule, kind,
 * forcing function, sink), never by line number.
 */
public record ChangeJudgement(List<Judged> introduced, List<Judged> fixed, List<Judged> unchanged) {

    /**
     * A finding and the place in the change it belongs to: for an introduced finding a line of the
     * result (the added forcing line, or the first changed line of the hunk that removed its
     * guard); for a fixed one a line of the base (a removed line). Null when the change does not
     * touch it.
     */
    @JsonPropertyOrder({"anchor"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Judged(@JsonUnwrapped Finding finding, Anchor anchor) { }

    /** {@code side} is "new" (a line of the result) or "old" (a line of the base). */
    public record Anchor(String file, int line, String side, String hunk) { }

    public boolean introducesAtOrAbove(Severity threshold) {
        return introduced.stream().anyMatch(j -> j.finding().severity().atLeast(threshold));
    }
}
