package gupcheck.parse.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Copies a function's AST with every line number moved by the same amount: a top-level item
 * whose tokens did not change, only moved (lines added above it), need not be parsed again.
 */
public final class Relocation {

    private final int delta;

    private Relocation(int delta) {
        this.delta = delta;
    }

    public static FunctionDef move(FunctionDef f, int delta) {
        if (delta == 0) {
            return f;
        }
        Relocation r = new Relocation(delta);
        List<Parameter> parameters = new ArrayList<>(f.parameters().size());
        for (Parameter p : f.parameters()) {
            parameters.add(new Parameter(p.line() + delta, p.name(), p.type()));
        }
        return new FunctionDef(f.file(), f.name(), f.line() + delta, f.endLine() + delta, f.returnType(),
                List.copyOf(parameters), f.isStatic(), f.macroDefined(), r.block(f.body()));
    }

    private int l(int line) {
        return line + delta;
    }

    private Stmt.Block block(Stmt.Block b) {
        return new Stmt.Block(l(b.line()), l(b.endLine()), stmts(b.statements()));
    }

    private List<Stmt> stmts(List<Stmt> list) {
        List<Stmt> out = new ArrayList<>(list.size());
        for (Stmt s : list) {
            out.add(stmt(s));
        }
        return List.copyOf(out);
    }

    private Stmt stmt(Stmt s) {
        if (s == null) {
            return null;
        }
        if (s instanceof Stmt.Block b) {
            return block(b);
        }
        if (s instanceof Stmt.ExprStmt e) {
            return new Stmt.ExprStmt(l(e.line()), expr(e.expression()));
        }
        if (s instanceof Stmt.Declaration d) {
            List<Variable> vars = new ArrayList<>(d.variables().size());
            for (Variable v : d.variables()) {
                vars.add(new Variable(l(v.line()), v.name(), v.type(), expr(v.initializer())));
            }
            return new Stmt.Declaration(l(d.line()), List.copyOf(vars));
        }
        if (s instanceof Stmt.If i) {
            return new Stmt.If(l(i.line()), expr(i.condition()), stmt(i.thenBranch()), stmt(i.elseBranch()));
        }
        if (s instanceof Stmt.While w) {
            return new Stmt.While(l(w.line()), expr(w.condition()), stmt(w.body()));
        }
        if (s instanceof Stmt.DoWhile d) {
            return new Stmt.DoWhile(l(d.line()), stmt(d.body()), expr(d.condition()));
        }
        if (s instanceof Stmt.For f) {
            return new Stmt.For(l(f.line()), stmt(f.init()), expr(f.condition()), expr(f.step()), stmt(f.body()));
        }
        if (s instanceof Stmt.Switch sw) {
            return new Stmt.Switch(l(sw.line()), expr(sw.selector()), stmt(sw.body()));
        }
        if (s instanceof Stmt.Case c) {
            return new Stmt.Case(l(c.line()), expr(c.low()), expr(c.high()));
        }
        if (s instanceof Stmt.Default d) {
            return new Stmt.Default(l(d.line()));
        }
        if (s instanceof Stmt.Labeled lb) {
            return new Stmt.Labeled(l(lb.line()), lb.label());
        }
        if (s instanceof Stmt.Goto g) {
            return new Stmt.Goto(l(g.line()), g.label());
        }
        if (s instanceof Stmt.ComputedGoto g) {
            return new Stmt.ComputedGoto(l(g.line()), expr(g.target()));
        }
        if (s instanceof Stmt.Break b) {
            return new Stmt.Break(l(b.line()));
        }
        if (s instanceof Stmt.Continue c) {
            return new Stmt.Continue(l(c.line()));
        }
        if (s instanceof Stmt.Return r) {
            return new Stmt.Return(l(r.line()), expr(r.value()));
        }
        if (s instanceof Stmt.IteratorLoop it) {
            return new Stmt.IteratorLoop(l(it.line()), it.macro(), exprs(it.arguments()), stmt(it.body()));
        }
        if (s instanceof Stmt.Asm a) {
            return new Stmt.Asm(l(a.line()), a.text());
        }
        if (s instanceof Stmt.Empty e) {
            return new Stmt.Empty(l(e.line()));
        }
        throw new IllegalStateException("unknown statement " + s);
    }

    private List<Expr> exprs(List<Expr> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (Expr e : list) {
            out.add(expr(e));
        }
        return List.copyOf(out);
    }

    private Expr expr(Expr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.Identifier id) {
            return new Expr.Identifier(l(id.line()), id.name());
        }
        if (e instanceof Expr.Literal lit) {
            return new Expr.Literal(l(lit.line()), lit.text());
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(l(c.line()), expr(c.callee()), exprs(c.arguments()));
        }
        if (e instanceof Expr.Member m) {
            return new Expr.Member(l(m.line()), expr(m.base()), m.name(), m.arrow());
        }
        if (e instanceof Expr.Index ix) {
            return new Expr.Index(l(ix.line()), expr(ix.base()), expr(ix.index()));
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(l(u.line()), u.operator(), expr(u.operand()), u.postfix());
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(l(b.line()), b.operator(), expr(b.left()), expr(b.right()));
        }
        if (e instanceof Expr.Assign a) {
            return new Expr.Assign(l(a.line()), a.operator(), expr(a.target()), expr(a.value()));
        }
        if (e instanceof Expr.Conditional c) {
            return new Expr.Conditional(l(c.line()), expr(c.condition()), expr(c.whenTrue()), expr(c.whenFalse()));
        }
        if (e instanceof Expr.Cast c) {
            return new Expr.Cast(l(c.line()), c.type(), expr(c.operand()));
        }
        if (e instanceof Expr.SizeOf s) {
            return new Expr.SizeOf(l(s.line()), s.operator(), s.type(), expr(s.operand()));
        }
        if (e instanceof Expr.Comma c) {
            return new Expr.Comma(l(c.line()), exprs(c.expressions()));
        }
        if (e instanceof Expr.StatementExpr s) {
            return new Expr.StatementExpr(l(s.line()), block(s.block()));
        }
        if (e instanceof Expr.InitList list) {
            return initList(list);
        }
        if (e instanceof Expr.CompoundLiteral c) {
            return new Expr.CompoundLiteral(l(c.line()), c.type(), initList(c.initializer()));
        }
        if (e instanceof Expr.TypeArgument t) {
            return new Expr.TypeArgument(l(t.line()), t.type());
        }
        if (e instanceof Expr.LabelAddress la) {
            return new Expr.LabelAddress(l(la.line()), la.label());
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private Expr.InitList initList(Expr.InitList list) {
        List<Expr.InitItem> items = new ArrayList<>(list.items().size());
        for (Expr.InitItem item : list.items()) {
            items.add(new Expr.InitItem(item.designator(), expr(item.value())));
        }
        return new Expr.InitList(l(list.line()), List.copyOf(items));
    }
}
