package gupcheck.source.patch;

import java.util.List;

/**
 * Finds where a hunk's old lines are, as {@code patch} does without fuzz: exactly at the stated line
 * (shifted by what earlier hunks did), else the nearest exact match within {@link #MAX_OFFSET} lines
 * either side. Context is never ignored: a hunk whose context differs does not apply.
 */
final class HunkPlacer {

    /** Backports shift code by tens of lines; a function moved further away deserves a look by a person. */
    static final int MAX_OFFSET = 500;

    private HunkPlacer() {
    }

    /**
     * @param expected   0-based index where the old lines should start
     * @param lowerBound first index allowed: hunks apply in order and never overlap
     * @return the index, or -1
     */
    static int find(TrackedText text, List<String> oldLines, int expected, int lowerBound) {
        if (oldLines.isEmpty()) {
            // Pure insertion: nothing to match, so the stated place is the only honest one.
            return expected >= lowerBound && expected <= text.size() ? expected : -1;
        }
        for (int offset = 0; offset <= MAX_OFFSET; offset++) {
            if (matches(text, oldLines, expected + offset, lowerBound)) {
                return expected + offset;
            }
            if (offset > 0 && matches(text, oldLines, expected - offset, lowerBound)) {
                return expected - offset;
            }
        }
        return -1;
    }

    private static boolean matches(TrackedText text, List<String> oldLines, int at, int lowerBound) {
        if (at < lowerBound || at + oldLines.size() > text.size()) {
            return false;
        }
        for (int i = 0; i < oldLines.size(); i++) {
            if (!text.line(at + i).text().equals(oldLines.get(i))) {
                return false;
            }
        }
        return true;
    }
}
