package gupcheck.model;

/** Why control passes along a CFG edge. */
public enum EdgeKind {
    /** Sequential flow. */
    NORMAL,
    /** A condition held. */
    TRUE,
    /** A condition did not hold. */
    FALSE,
    /** A switch selected a case label. */
    CASE,
    /** A switch selected its default label, or fell out when there is none. */
    DEFAULT,
    /** A goto (or computed goto) to a label. */
    GOTO;

    public boolean isBranch() {
        return this != NORMAL && this != GOTO;
    }
}
