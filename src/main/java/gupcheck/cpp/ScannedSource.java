package gupcheck.cpp;

import java.util.BitSet;

/**
 * A source file after comment blanking, split into physical lines. Line indexes
 * here are 0-based; line terminators ({@code \n} or {@code \r\n}) are kept so the
 * output can reproduce them exactly.
 */
final class ScannedSource {
    private final char[] chars;
    private final int[] lineStarts;
    private final int lineCount;
    private final BitSet newlineInComment;

    ScannedSource(char[] chars, int[] lineStarts, int lineCount, BitSet newlineInComment) {
        this.chars = chars;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
        this.newlineInComment = newlineInComment;
    }

    int lineCount() {
        return lineCount;
    }

    char[] chars() {
        return chars;
    }

    int start(int line) {
        return lineStarts[line];
    }

    /** Just past the line terminator. */
    int end(int line) {
        return line + 1 < lineCount ? lineStarts[line + 1] : chars.length;
    }

    /** Just before the line terminator. */
    int contentEnd(int line) {
        int end = end(line);
        if (end > start(line) && chars[end - 1] == '\n') {
            end--;
            if (end > start(line) && chars[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    int terminatorLength(int line) {
        return end(line) - contentEnd(line);
    }

    /** The newline ending this line lies inside a comment, so the logical line goes on. */
    boolean endsInsideComment(int line) {
        return newlineInComment.get(line);
    }

    /** The line ends with a backslash-newline splice (comments are already blanked, so it is real). */
    boolean endsWithSplice(int line) {
        int contentEnd = contentEnd(line);
        return contentEnd > start(line) && contentEnd < end(line) && chars[contentEnd - 1] == '\\';
    }

    /** Position of the first non-blank character, or -1 for a blank line. */
    int firstNonBlank(int line) {
        int end = contentEnd(line);
        for (int i = start(line); i < end; i++) {
            if (!isBlank(chars[i])) {
                return i;
            }
        }
        return -1;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\r';
    }
}
