package gupcheck.graph;

/** A call through a function pointer or another computed callee: recorded, never guessed. */
public record UnresolvedCall(String callerId, String file, int line, String callee) { }
