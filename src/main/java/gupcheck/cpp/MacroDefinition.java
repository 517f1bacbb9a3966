package gupcheck.cpp;

import java.util.List;
import java.util.Objects;

/**
 * A {@code #define} met in kept code. {@code parameters} is null for an
 * object-like macro and lists the parameter names as written (including
 * {@code ...} or GNU {@code args...}) for a function-like one. {@code body} has
 * continuations joined, comments removed and whitespace collapsed. {@code line}
 * is the 1-based line of the {@code #define}.
 */
public record MacroDefinition(String name, List<String> parameters, String body, int line) {
    public MacroDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        parameters = parameters == null ? null : List.copyOf(parameters);
    }

    public boolean isFunctionLike() {
        return parameters != null;
    }
}
