package gupcheck.model;

import gupcheck.parse.ast.Expr;
import java.util.List;

/**
 * A bitwise flags operation, first-class because the rules are about flags:
 * <ul>
 *   <li>{@code SET}: {@code x |= A | B} (target x, operands A, B)</li>
 *   <li>{@code CLEAR}: {@code x &= ~A}</li>
 *   <li>{@code ASSIGN_OR}: {@code x = y | A} (operands y, A)</li>
 *   <li>{@code ARGUMENT_OR}: {@code f(..., y | A, ...)} (callee f, argument index)</li>
 *   <li>{@code RETURN_OR}: {@code return y | A}</li>
 * </ul>
 * {@code operands} are the identifiers OR-ed together (or cleared); which of them are flags
 * and which are variables is for the rule to decide.
 */
public record FlagOperation(Kind kind, String target, List<String> operands, Expr expression, int line,
                            String callee, int argumentIndex) {

    public enum Kind { SET, CLEAR, ASSIGN_OR, ARGUMENT_OR, RETURN_OR }

    public boolean involves(String flag) {
        return operands.contains(flag);
    }
}
