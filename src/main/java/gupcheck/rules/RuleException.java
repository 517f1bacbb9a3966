package gupcheck.rules;

/** A rule file that cannot be used: the message names the file and the key. */
public final class RuleException extends Exception {
    public RuleException(String message) {
        super(message);
    }
}
