package gupcheck.cpp;

import java.util.List;

/**
 * Builds the readable condition strings that describe why a line is present.
 *
 * <p>Each branch of a chain contributes one string. The first branch contributes
 * its own condition; a later {@code #elif E} contributes the negations of all
 * earlier conditions and E joined by {@code &&}; an {@code #else} only the
 * negations. Negating a bare identifier or number {@code X} gives {@code !X},
 * negating {@code !X} gives {@code X} back, anything else is wrapped as
 * {@code !(...)}. Example: {@code #ifdef A / #elif defined(B) / #else} gives
 * {@code "A"}, {@code "!A && defined(B)"} and {@code "!A && !(defined(B))"}.
 */
final class PresenceConditions {
    private PresenceConditions() {
    }

    static String ifdef(String name) {
        return name;
    }

    static String ifndef(String name) {
        return "!" + name;
    }

    /** @param condition the branch's own condition, or null for {@code #else} */
    static String branch(List<String> earlierConditions, String condition) {
        if (earlierConditions.isEmpty()) {
            return condition;
        }
        StringBuilder text = new StringBuilder();
        for (String earlier : earlierConditions) {
            if (text.length() > 0) {
                text.append(" && ");
            }
            text.append(negate(earlier));
        }
        if (condition != null) {
            text.append(" && ").append(hasLooserOperatorThanAnd(condition) ? "(" + condition + ")" : condition);
        }
        return text.toString();
    }

    static String negate(String condition) {
        if (isAtom(condition)) {
            return "!" + condition;
        }
        if (condition.startsWith("!") && isAtom(condition.substring(1))) {
            return condition.substring(1);
        }
        if (isWrappedInParentheses(condition)) {
            return "!" + condition;
        }
        return "!(" + condition + ")";
    }

    /** Shares the outer list's elements; the result is immutable so lines can share it. */
    static List<String> append(List<String> outer, String condition) {
        String[] conditions = outer.toArray(new String[outer.size() + 1]);
        conditions[outer.size()] = condition;
        return List.of(conditions);
    }

    private static boolean isAtom(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!ExpressionLexer.isIdentifierPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWrappedInParentheses(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** {@code ||} and {@code ?:} bind looser than {@code &&}, so such a condition needs parentheses in a conjunction. */
    private static boolean hasLooserOperatorThanAnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (c == '?' || (c == '|' && i + 1 < text.length() && text.charAt(i + 1) == '|'))) {
                return true;
            }
        }
        return false;
    }
}
