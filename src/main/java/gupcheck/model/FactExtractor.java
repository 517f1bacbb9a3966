package gupcheck.model;

import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.Stmt;
import gupcheck.parse.ast.Variable;
import java.util.ArrayList;
import java.util.List;

/** Collects the calls, assignments and flag operations of expressions, in evaluation order. */
final class FactExtractor {

    private final List<CallSite> calls = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<FlagOperation> flags = new ArrayList<>();

    static CfgNode.Facts ofExpression(Expr e) {
        FactExtractor x = new FactExtractor();
        x.visit(e, null);
        return x.facts();
    }

    static CfgNode.Facts ofReturn(Expr value) {
        FactExtractor x = new FactExtractor();
        x.visit(value, null);
        if (isOr(value)) {
            x.flags.add(new FlagOperation(FlagOperation.Kind.RETURN_OR, null, orOperands(value), value, value.line(), null, -1));
        }
        return x.facts();
    }

    static CfgNode.Facts ofDeclaration(Stmt.Declaration declaration) {
        FactExtractor x = new FactExtractor();
        for (Variable v : declaration.variables()) {
            if (v.initializer() != null) {
                x.visit(v.initializer(), v.name());
                x.assignments.add(new Assignment(v.name(), "init", v.initializer(), v.line()));
                if (isOr(v.initializer())) {
                    x.flags.add(new FlagOperation(FlagOperation.Kind.ASSIGN_OR, v.name(), orOperands(v.initializer()),
                            v.initializer(), v.line(), null, -1));
                }
            }
        }
        return x.facts();
    }

    private CfgNode.Facts facts() {
        if (calls.isEmpty() && assignments.isEmpty() && flags.isEmpty()) {
            return CfgNode.Facts.NONE;
        }
        return new CfgNode.Facts(List.copyOf(calls), List.copyOf(assignments), List.copyOf(flags));
    }

    /** @param resultVariable the variable a call's result lands in when e is an assignment's value */
    private void visit(Expr e, String resultVariable) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Call call) {
            if (!(call.callee() instanceof Expr.Identifier)) {
                visit(call.callee(), null);
            }
            List<Expr> args = call.arguments();
            for (int i = 0; i < args.size(); i++) {
                Expr arg = args.get(i);
                visit(arg, null);
                if (isOr(arg)) {
                    flags.add(new FlagOperation(FlagOperation.Kind.ARGUMENT_OR, null, orOperands(arg), arg,
                            arg.line(), call.calleeName(), i));
                }
            }
            calls.add(new CallSite(call.calleeName(), call, call.line(), args, resultVariable));
        } else if (e instanceof Expr.Assign a) {
            visit(a.target(), null);
            String target = ExprText.of(a.target());
            visit(a.value(), target);
            assignments.add(new Assignment(target, a.operator(), a.value(), a.line()));
            recordFlagAssignment(a, target);
        } else if (e instanceof Expr.Member m) {
            visit(m.base(), null);
        } else if (e instanceof Expr.Index ix) {
            visit(ix.base(), null);
            visit(ix.index(), null);
        } else if (e instanceof Expr.Unary u) {
            visit(u.operand(), null);
        } else if (e instanceof Expr.Binary b) {
            visit(b.left(), null);
            visit(b.right(), null);
        } else if (e instanceof Expr.Conditional c) {
            visit(c.condition(), null);
            visit(c.whenTrue(), resultVariable);
            visit(c.whenFalse(), resultVariable);
        } else if (e instanceof Expr.Cast c) {
            visit(c.operand(), resultVariable);
        } else if (e instanceof Expr.Comma c) {
            c.expressions().forEach(x -> visit(x, null));
        } else if (e instanceof Expr.StatementExpr s) {
            visitBlock(s.block());
        } else if (e instanceof Expr.InitList l) {
            l.items().forEach(item -> visit(item.value(), null));
        } else if (e instanceof Expr.CompoundLiteral c) {
            visit(c.initializer(), null);
        }
        // identifiers, literals, type arguments, label addresses and sizeof operands do nothing
    }

    /** Statement expressions are evaluated as part of their enclosing node. */
    private void visitBlock(Stmt.Block block) {
        for (Stmt s : block.statements()) {
            if (s instanceof Stmt.ExprStmt es) {
                visit(es.expression(), null);
            } else if (s instanceof Stmt.Declaration d) {
                CfgNode.Facts inner = ofDeclaration(d);
                calls.addAll(inner.calls());
                assignments.addAll(inner.assignments());
                flags.addAll(inner.flagOperations());
            } else if (s instanceof Stmt.Block b) {
                visitBlock(b);
            }
        }
    }

    private void recordFlagAssignment(Expr.Assign a, String target) {
        Expr value = a.value();
        switch (a.operator()) {
            case "|=" -> flags.add(new FlagOperation(FlagOperation.Kind.SET, target, orOperands(value), value, a.line(), null, -1));
            case "&=" -> {
                if (value instanceof Expr.Unary u && u.operator().equals("~")) {
                    flags.add(new FlagOperation(FlagOperation.Kind.CLEAR, target, orOperands(u.operand()), value, a.line(), null, -1));
                }
            }
            case "=" -> {
                if (isOr(value)) {
                    flags.add(new FlagOperation(FlagOperation.Kind.ASSIGN_OR, target, orOperands(value), value, a.line(), null, -1));
                } else if (value instanceof Expr.Binary b && b.operator().equals("&")
                        && b.right() instanceof Expr.Unary u && u.operator().equals("~")) {
                    flags.add(new FlagOperation(FlagOperation.Kind.CLEAR, target, orOperands(u.operand()), value, a.line(), null, -1));
                }
            }
            default -> { }
        }
    }

    static boolean isOr(Expr e) {
        while (e instanceof Expr.Cast c) {
            e = c.operand();
        }
        return e instanceof Expr.Binary b && b.operator().equals("|");
    }

    /** The identifiers OR-ed together; through casts, and the masked value of {@code x & m}. */
    static List<String> orOperands(Expr e) {
        List<String> out = new ArrayList<>();
        collectOr(e, out);
        return List.copyOf(out);
    }

    private static void collectOr(Expr e, List<String> out) {
        if (e instanceof Expr.Binary b && b.operator().equals("|")) {
            collectOr(b.left(), out);
            collectOr(b.right(), out);
        } else if (e instanceof Expr.Binary b && b.operator().equals("&")) {
            collectOr(b.left(), out);
        } else if (e instanceof Expr.Cast c) {
            collectOr(c.operand(), out);
        } else if (e instanceof Expr.Identifier id) {
            out.add(id.name());
        } else if (e instanceof Expr.Member m) {
            out.add(ExprText.of(m));
        }
    }
}
