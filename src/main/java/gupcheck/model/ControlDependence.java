package gupcheck.model;

/**
 * "This node executes only if {@code branch} took the {@code kind} edge": {@code branch} is a
 * CONDITION (TRUE/FALSE), SWITCH (CASE/DEFAULT) or ITERATOR node; {@code label} is the case text.
 */
public record ControlDependence(CfgNode branch, EdgeKind kind, String label) { }
