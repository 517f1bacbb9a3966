package gupcheck.model;

import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.Stmt;
import java.util.List;

/**
 * A node of a function's CFG: a statement, one atomic condition (short-circuit operators are
 * split into one node per operand, so a statement can be asked which operands held), a label,
 * or a structural node. Facts (calls in evaluation order, assignments, flag operations) are
 * those of the expressions the node evaluates.
 */
public final class CfgNode {

    public enum Kind {
        ENTRY, EXIT,
        /** Expression statement, declaration, for-loop step. */
        STATEMENT,
        /** One atomic condition of an if/while/for/do, with TRUE and FALSE successors. */
        CONDITION,
        /** An iterator macro's header ({@code list_for_each_entry(...)}): TRUE enters the body. */
        ITERATOR,
        /** A switch selector with CASE/DEFAULT successors. */
        SWITCH,
        LABEL, CASE_LABEL, RETURN, GOTO, BREAK, CONTINUE,
        /** A no-op joining point (loop heads). */
        JOIN,
        ASM
    }

    private final int id;
    private final Kind kind;
    private final int line;
    private final Stmt statement;
    private final Expr expression;
    private final String label;
    private final List<String> presence;
    private final Facts facts;

    CfgNode(int id, Kind kind, int line, Stmt statement, Expr expression, String label, List<String> presence, Facts facts) {
        this.id = id;
        this.kind = kind;
        this.line = line;
        this.statement = statement;
        this.expression = expression;
        this.label = label;
        this.presence = presence;
        this.facts = facts;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    /** The statement this node stands for, when there is one; for a CONDITION, the if or loop it belongs to. */
    public Stmt statement() {
        return statement;
    }

    /** The expression this node evaluates: the atomic condition, the statement's expression, the return value. */
    public Expr expression() {
        return expression;
    }

    /** The label name of LABEL nodes, the case text of CASE_LABEL nodes, the macro of ITERATOR nodes. */
    public String label() {
        return label;
    }

    /** The #if conditions the node's line sits under. */
    public List<String> presence() {
        return presence;
    }

    public List<CallSite> calls() {
        return facts.calls();
    }

    public List<Assignment> assignments() {
        return facts.assignments();
    }

    public List<FlagOperation> flagOperations() {
        return facts.flagOperations();
    }

    @Override
    public String toString() {
        return kind + "@" + line + (label != null ? "(" + label + ")" : "") + "#" + id;
    }

    /** What a node's expressions do, extracted once. */
    record Facts(List<CallSite> calls, List<Assignment> assignments, List<FlagOperation> flagOperations) {
        static final Facts NONE = new Facts(List.of(), List.of(), List.of());
    }
}
