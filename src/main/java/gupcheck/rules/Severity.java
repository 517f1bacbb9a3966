package gupcheck.rules;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Severity {
    ERROR, WARNING, NOTE;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Findings at these levels make a target AFFECTED. */
    public boolean affects() {
        return this != NOTE;
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of error, warning, note");
    }
}
