package gupcheck.source;

/** Bad input from the user: the message is one line that names the input and the problem. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
