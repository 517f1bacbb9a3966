package gupcheck.parse.ast;

import java.util.List;

/** Expressions, as far as the later stages care: calls, flags arithmetic, names and members. */
public sealed interface Expr permits Expr.Identifier, Expr.Literal, Expr.Call, Expr.Member, Expr.Index,
        Expr.Unary, Expr.Binary, Expr.Assign, Expr.Conditional, Expr.Cast, Expr.SizeOf, Expr.Comma,
        Expr.StatementExpr, Expr.InitList, Expr.CompoundLiteral, Expr.TypeArgument, Expr.LabelAddress {

    int line();

    record Identifier(int line, String name) implements Expr { }

    /** Numbers, characters and strings, with their source text. */
    record Literal(int line, String text) implements Expr { }

    record Call(int line, Expr callee, List<Expr> arguments) implements Expr {
        /** The called name when the callee is a plain identifier, else null (function pointer). */
        public String calleeName() {
            return callee instanceof Identifier id ? id.name() : null;
        }
    }

    record Member(int line, Expr base, String name, boolean arrow) implements Expr { }

    record Index(int line, Expr base, Expr index) implements Expr { }

    /** Prefix or postfix operator: & * + - ~ ! ++ -- . */
    record Unary(int line, String operator, Expr operand, boolean postfix) implements Expr { }

    record Binary(int line, String operator, Expr left, Expr right) implements Expr { }

    /** {@code =} or a compound assignment such as {@code |=}. */
    record Assign(int line, String operator, Expr target, Expr value) implements Expr { }

    /** {@code c ? a : b}; {@code whenTrue} is null for GNU {@code c ?: b}. */
    record Conditional(int line, Expr condition, Expr whenTrue, Expr whenFalse) implements Expr { }

    record Cast(int line, String type, Expr operand) implements Expr { }

    /** sizeof/alignof of a type (operand null) or of an expression (type null). */
    record SizeOf(int line, String operator, String type, Expr operand) implements Expr { }

    record Comma(int line, List<Expr> expressions) implements Expr { }

    /** GNU {@code ({ ... })}: the value is the last expression statement of the block. */
    record StatementExpr(int line, Stmt.Block block) implements Expr { }

    record InitList(int line, List<InitItem> items) implements Expr { }

    record InitItem(String designator, Expr value) { }

    record CompoundLiteral(int line, String type, InitList initializer) implements Expr { }

    /** A type where a macro argument may be one: {@code container_of(p, struct page, lru)}. */
    record TypeArgument(int line, String type) implements Expr { }

    /** GNU {@code &&label}. */
    record LabelAddress(int line, String label) implements Expr { }
}
