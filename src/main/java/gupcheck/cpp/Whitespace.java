package gupcheck.cpp;

/** Normalises directive text so that equal code compares equal whatever its layout. */
final class Whitespace {
    private Whitespace() {
    }

    /** Trims and turns every run of whitespace into one space, leaving string and character literals intact. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                i++;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (c == '"' || c == '\'') {
                int end = literalEnd(text, i, c);
                out.append(text, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int literalEnd(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            i += c == '\\' ? 2 : 1;
        }
        return text.length();
    }
}
