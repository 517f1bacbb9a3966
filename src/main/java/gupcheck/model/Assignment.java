package gupcheck.model;

import gupcheck.parse.ast.Expr;

/**
 * A write to a variable: {@code target op value}, where op is {@code =}, a compound operator,
 * or {@code init} for a declaration's initializer. Targets are variable names, or the source
 * text of a member ({@code ctx->flags}).
 */
public record Assignment(String target, String operator, Expr value, int line) { }
