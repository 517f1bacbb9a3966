package gupcheck.model;

import gupcheck.parse.ast.Expr;
import java.util.stream.Collectors;

/** Renders an expression back to compact C, for messages, member targets and conditions. */
public final class ExprText {

    private ExprText() {
    }

    public static String of(Expr e) {
        if (e == null) {
            return "";
        }
        if (e instanceof Expr.Identifier id) {
            return id.name();
        }
        if (e instanceof Expr.Literal lit) {
            return lit.text();
        }
        if (e instanceof Expr.Call call) {
            return of(call.callee()) + "(" + call.arguments().stream().map(ExprText::of).collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof Expr.Member m) {
            return of(m.base()) + (m.arrow() ? "->" : ".") + m.name();
        }
        if (e instanceof Expr.Index ix) {
            return of(ix.base()) + "[" + of(ix.index()) + "]";
        }
        if (e instanceof Expr.Unary u) {
            return u.postfix() ? of(u.operand()) + u.operator() : u.operator() + wrap(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return wrap(b.left()) + " " + b.operator() + " " + wrap(b.right());
        }
        if (e instanceof Expr.Assign a) {
            return of(a.target()) + " " + a.operator() + " " + of(a.value());
        }
        if (e instanceof Expr.Conditional c) {
            return wrap(c.condition()) + " ?" + (c.whenTrue() == null ? "" : " " + of(c.whenTrue()) + " ") + ": " + of(c.whenFalse());
        }
        if (e instanceof Expr.Cast c) {
            return "(" + c.type() + ")" + wrap(c.operand());
        }
        if (e instanceof Expr.SizeOf s) {
            return s.operator() + "(" + (s.type() != null ? s.type() : of(s.operand())) + ")";
        }
        if (e instanceof Expr.Comma c) {
            return c.expressions().stream().map(ExprText::of).collect(Collectors.joining(", "));
        }
        if (e instanceof Expr.StatementExpr s) {
            return "({ ... })";
        }
        if (e instanceof Expr.InitList l) {
            return "{ ... }";
        }
        if (e instanceof Expr.CompoundLiteral c) {
            return "(" + c.type() + "){ ... }";
        }
        if (e instanceof Expr.TypeArgument t) {
            return t.type();
        }
        if (e instanceof Expr.LabelAddress l) {
            return "&&" + l.label();
        }
        throw new IllegalArgumentException("unknown expression " + e);
    }

    private static String wrap(Expr e) {
        String text = of(e);
        return e instanceof Expr.Binary || e instanceof Expr.Conditional || e instanceof Expr.Assign
                ? "(" + text + ")" : text;
    }
}
