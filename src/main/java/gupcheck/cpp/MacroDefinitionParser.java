package gupcheck.cpp;

import java.util.ArrayList;
import java.util.List;

/** Reads the argument of a {@code #define} directive. */
final class MacroDefinitionParser {
    private MacroDefinitionParser() {
    }

    /**
     * Returns null when there is no macro name or the parameter list is not closed:
     * cpp rejects such a directive, and recording half of it would mislead.
     */
    static MacroDefinition parse(Directive directive) {
        String text = directive.argument();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int nameEnd = start;
        while (nameEnd < text.length() && ExpressionLexer.isIdentifierPart(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = text.substring(start, nameEnd);
        if (!MacroValues.isIdentifier(name)) {
            return null;
        }
        // Only a parenthesis touching the name makes a function-like macro.
        if (nameEnd < text.length() && text.charAt(nameEnd) == '(') {
            int close = text.indexOf(')', nameEnd);
            if (close < 0) {
                return null;
            }
            List<String> parameters = parameters(text.substring(nameEnd + 1, close));
            return new MacroDefinition(name, parameters, Whitespace.collapse(text.substring(close + 1)), directive.lineNumber());
        }
        return new MacroDefinition(name, null, Whitespace.collapse(text.substring(nameEnd)), directive.lineNumber());
    }

    private static List<String> parameters(String list) {
        List<String> parameters = new ArrayList<>();
        if (list.isBlank()) {
            return parameters;
        }
        for (String parameter : list.split(",", -1)) {
            parameters.add(Whitespace.collapse(parameter));
        }
        return parameters;
    }
}
