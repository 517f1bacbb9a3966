package gupcheck.source.patch;

import java.util.List;

/**
 * One {@code @@ -a,b +c,d @@} block. {@code header} is the whole header line as written (with the
 * function context git appends); the numbers are those the header states.
 */
public record Hunk(String header, int oldStart, int oldCount, int newStart, int newCount, List<HunkLine> lines) {

    public Hunk {
        lines = List.copyOf(lines);
    }

    /** The header without git's function context, such as {@code @@ -1076,7 +1076,9 @@}: what messages quote. */
    public String range() {
        int close = header.indexOf("@@", 2);
        return close < 0 ? header : header.substring(0, close + 2);
    }
}
