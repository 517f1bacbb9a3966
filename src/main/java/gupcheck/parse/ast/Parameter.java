package gupcheck.parse.ast;

/** A function parameter; name is null for unnamed ones ({@code void f(int)}). */
public record Parameter(int line, String name, String type) { }
