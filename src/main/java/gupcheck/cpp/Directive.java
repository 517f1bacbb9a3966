package gupcheck.cpp;

/**
 * One preprocessing directive as a logical line: continuation lines joined,
 * comments already blanked. {@code name} is empty for a null directive ({@code #})
 * and for a line marker ({@code # 123 "file"}). Lines are 0-based and inclusive.
 */
record Directive(String name, String argument, int firstLine, int lastLine) {

    /** The directive starting on {@code line}, or null if that line is ordinary text. */
    static Directive readAt(ScannedSource source, int line) {
        int hash = source.firstNonBlank(line);
        if (hash < 0 || source.chars()[hash] != '#') {
            return null;
        }
        int lastLine = line;
        while (lastLine + 1 < source.lineCount()
                && (source.endsWithSplice(lastLine) || source.endsInsideComment(lastLine))) {
            lastLine++;
        }
        String text = logicalText(source, line, hash + 1, lastLine);
        int nameStart = skipBlanks(text, 0);
        int nameEnd = nameStart;
        while (nameEnd < text.length() && ExpressionLexer.isIdentifierPart(text.charAt(nameEnd))) {
            nameEnd++;
        }
        // A line marker ("# 123 file") starts with digits, which are no directive name.
        if (nameEnd > nameStart && !ExpressionLexer.isIdentifierStart(text.charAt(nameStart))) {
            nameEnd = nameStart;
        }
        return new Directive(text.substring(nameStart, nameEnd), text.substring(nameEnd), line, lastLine);
    }

    /**
     * Splices drop the backslash and the newline entirely; a newline inside a
     * comment becomes a space, as the comment itself does.
     */
    private static String logicalText(ScannedSource source, int firstLine, int from, int lastLine) {
        char[] chars = source.chars();
        StringBuilder text = new StringBuilder();
        for (int line = firstLine; line <= lastLine; line++) {
            int start = line == firstLine ? from : source.start(line);
            int end = source.contentEnd(line);
            // Also on the last line: a splice at the very end of the file joins with nothing.
            if (source.endsWithSplice(line)) {
                text.append(chars, start, end - 1 - start);
            } else {
                text.append(chars, start, end - start);
                if (line < lastLine) {
                    text.append(' ');
                }
            }
        }
        return text.toString();
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 1-based, for messages. */
    int lineNumber() {
        return firstLine + 1;
    }

    /** The leading identifier of the argument, or null if it does not start with one. */
    String leadingIdentifier() {
        int start = skipBlanks(argument, 0);
        if (start >= argument.length() || !ExpressionLexer.isIdentifierStart(argument.charAt(start))) {
            return null;
        }
        int end = start;
        while (end < argument.length() && ExpressionLexer.isIdentifierPart(argument.charAt(end))) {
            end++;
        }
        return argument.substring(start, end);
    }
}
