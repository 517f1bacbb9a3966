package gupcheck.model;

/**
 * An edge of a function's CFG. Instances are distinct objects on purpose: a condition whose two
 * branches lead to the same node has two edges between the same pair.
 */
public final class CfgEdge {
    private final EdgeKind kind;
    private final String label;

    CfgEdge(EdgeKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public EdgeKind kind() {
        return kind;
    }

    /** The case value text for CASE edges, the label name for GOTO edges, else null. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label == null ? kind.name() : kind + "(" + label + ")";
    }
}
