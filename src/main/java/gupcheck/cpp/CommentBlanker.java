package gupcheck.cpp;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One pass over a C file that replaces comments with spaces (keeping newlines, so
 * line numbers and columns survive) and records where lines start.
 *
 * <p>String and character literals are skipped so that {@code "/*"} opens no
 * comment. A literal without its closing quote ends at the end of the line: text in
 * {@code #if 0} regions is often English, and an apostrophe there must not swallow
 * the rest of the file. A backslash-newline splices lines in every state, as in
 * translation phase 2, so a {@code //} comment ending in a backslash continues.
 */
final class CommentBlanker {
    private static final int CODE = 0;
    private static final int BLOCK_COMMENT = 1;
    private static final int LINE_COMMENT = 2;
    private static final int STRING = 3;
    private static final int CHARACTER = 4;

    private CommentBlanker() {
    }

    static ScannedSource scan(String text) {
        char[] chars = text.toCharArray();
        int length = chars.length;
        int[] lineStarts = new int[Math.max(16, length / 32)];
        int lineCount = 0;
        if (length > 0) {
            lineStarts[lineCount++] = 0;
        }
        BitSet newlineInComment = new BitSet();
        int state = CODE;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (c == '\n') {
                boolean spliced = isSpliced(text, i);
                if (state == BLOCK_COMMENT || (state == LINE_COMMENT && spliced)) {
                    newlineInComment.set(lineCount - 1);
                } else if (!spliced) {
                    state = CODE;
                }
                if (i + 1 < length) {
                    if (lineCount == lineStarts.length) {
                        lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
                    }
                    lineStarts[lineCount++] = i + 1;
                }
                i++;
                continue;
            }
            switch (state) {
                case CODE:
                    if (!isCodeSpecial(c)) {
                        i = skipPlainCode(chars, i + 1);
                        continue;
                    }
                    if (c == '/' && i + 1 < length && (chars[i + 1] == '*' || chars[i + 1] == '/')) {
                        state = chars[i + 1] == '*' ? BLOCK_COMMENT : LINE_COMMENT;
                        chars[i] = ' ';
                        chars[i + 1] = ' ';
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        state = STRING;
                    } else if (c == '\'') {
                        state = CHARACTER;
                    }
                    i++;
                    break;
                case BLOCK_COMMENT:
                    if (c == '*' && i + 1 < length && chars[i + 1] == '/') {
                        chars[i] = ' ';
                        chars[i + 1] = ' ';
                        state = CODE;
                        i += 2;
                        continue;
                    }
                    if (c != '*') {
                        i = blankUntil(chars, i, '*');
                        continue;
                    }
                    chars[i] = ' ';
                    i++;
                    break;
                case LINE_COMMENT:
                    i = blankUntil(chars, i, '\n');
                    break;
                default:
                    i = literalStep(chars, i, state == STRING ? '"' : '\'');
                    if (i < 0) {
                        i = -i;
                        state = CODE;
                    }
                    break;
            }
        }
        return new ScannedSource(chars, lineStarts, lineCount, newlineInComment);
    }

    /**
     * Advances over one character of a literal. Returns the next position, negated
     * when the closing quote was consumed (positions are always positive there).
     */
    private static int literalStep(char[] chars, int i, char quote) {
        char c = chars[i];
        if (c == quote) {
            return -(i + 1);
        }
        if (c == '\\' && i + 1 < chars.length && chars[i + 1] != '\n' && chars[i + 1] != '\r') {
            return i + 2;
        }
        return i + 1;
    }

    private static boolean isCodeSpecial(char c) {
        return c == '/' || c == '"' || c == '\'';
    }

    /** The tight loop for the common case; returns the position of the next character needing attention. */
    private static int skipPlainCode(char[] chars, int from) {
        int i = from;
        while (i < chars.length) {
            char c = chars[i];
            if (c == '\n' || isCodeSpecial(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Blanks comment text up to (not including) {@code stop} or a newline.
     * Carriage returns stay so that CRLF files keep their line terminators.
     */
    private static int blankUntil(char[] chars, int from, char stop) {
        int i = from;
        while (i < chars.length) {
            char c = chars[i];
            if (c == '\n' || c == stop) {
                break;
            }
            if (c != '\r') {
                chars[i] = ' ';
            }
            i++;
        }
        return i;
    }

    /** Reads the original text: a backslash inside a comment has already been blanked in the copy. */
    private static boolean isSpliced(String text, int newline) {
        int before = newline - 1;
        if (before >= 0 && text.charAt(before) == '\r') {
            before--;
        }
        return before >= 0 && text.charAt(before) == '\\';
    }
}
