package gupcheck.source.patch;

/**
 * A patch that cannot be read or applied. The message is one line naming the patch and, where it
 * applies, the file and the hunk: the CLI prints it as it is and exits 2.
 */
public final class PatchException extends Exception {

    public PatchException(String message) {
        super(oneLine(message));
    }

    public PatchException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    // Subjects and JGit messages can carry line breaks; the CLI contract is one line on stderr.
    private static String oneLine(String message) {
        return message.replaceAll("[\\r\\n]+", " ").strip();
    }
}
