package gupcheck.source.patch;

/**
 * One line of a hunk body, without its marker and without its line terminator.
 * {@code noNewlineAtEnd} is set when the patch follows it with {@code \ No newline at end of file}.
 */
public record HunkLine(Kind kind, String text, boolean noNewlineAtEnd) {

    public enum Kind {
        CONTEXT(' '), REMOVED('-'), ADDED('+');

        private final char marker;

        Kind(char marker) {
            this.marker = marker;
        }

        /** The character that starts such a line in a unified diff. */
        public char marker() {
            return marker;
        }
    }

    public HunkLine {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(text, "text");
    }

    /** Present in the file before the change (context or removed). */
    public boolean inOld() {
        return kind != Kind.ADDED;
    }

    /** Present in the file after the change (context or added). */
    public boolean inNew() {
        return kind != Kind.REMOVED;
    }

    /** The line as the file holds it, terminator included (none after the last line of a file without one). */
    String fileText() {
        return noNewlineAtEnd ? text : text + "\n";
    }
}
