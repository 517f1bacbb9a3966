package gupcheck.graph;

import java.util.List;

/**
 * A call-graph node: a function defined in the target, or an external one (called, defined
 * nowhere in the target; file null, line 0). Static functions' ids carry their file.
 */
public record FunctionNode(String id, String name, String file, int line, boolean external, List<String> presence) {

    @Override
    public String toString() {
        return id;
    }
}
