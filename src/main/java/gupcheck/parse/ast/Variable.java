package gupcheck.parse.ast;

/** A declared variable: its type as written (without the name), and its initializer or null. */
public record Variable(int line, String name, String type, Expr initializer) { }
