package gupcheck.source.patch;

/**
 * A line a patch added or removed: {@code line} is 1-based, in the result for an added line and in the
 * base for a removed one; {@code text} has no terminator; {@code patch} names the patch and {@code hunk}
 * is the hunk it came from, so that a finding can be anchored to the diff.
 */
public record ChangedLine(int line, String text, String patch, Hunk hunk) { }
