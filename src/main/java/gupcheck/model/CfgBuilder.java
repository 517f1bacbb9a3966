package gupcheck.model;

import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.FunctionDef;
import gupcheck.parse.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Builds a function's CFG backwards: each statement is built knowing its successor, so
 * structured statements need no patching. Labels are created first so gotos can target them.
 */
final class CfgBuilder {

    private final IntFunction<List<String>> presenceAt;
    private final Graph<CfgNode, CfgEdge> graph = new DirectedPseudograph<>(null, null, false);
    private final List<CfgNode> nodes = new ArrayList<>();
    private final Map<String, CfgNode> labels = new HashMap<>();
    private final Deque<CfgNode> breakTargets = new ArrayDeque<>();
    private final Deque<CfgNode> continueTargets = new ArrayDeque<>();
    private final Deque<SwitchContext> switches = new ArrayDeque<>();
    private CfgNode exit;

    private static final class SwitchContext {
        final List<CfgNode> cases = new ArrayList<>();
        CfgNode defaultLabel;
    }

    CfgBuilder(IntFunction<List<String>> presenceAt) {
        this.presenceAt = presenceAt;
    }

    Cfg build(FunctionDef function) {
        CfgNode entry = node(CfgNode.Kind.ENTRY, function.line(), null, null, null, CfgNode.Facts.NONE);
        exit = node(CfgNode.Kind.EXIT, function.endLine(), null, null, null, CfgNode.Facts.NONE);
        createLabels(function.body());
        edge(entry, block(function.body(), exit), EdgeKind.NORMAL, null);
        return new Cfg(graph, entry, exit, List.copyOf(nodes));
    }

    private CfgNode statement(Stmt s, CfgNode next) {
        if (s instanceof Stmt.Block b) {
            return block(b, next);
        }
        if (s instanceof Stmt.ExprStmt es) {
            return linear(CfgNode.Kind.STATEMENT, es, es.expression(), FactExtractor.ofExpression(es.expression()), next);
        }
        if (s instanceof Stmt.Declaration d) {
            return d.variables().stream().anyMatch(v -> v.initializer() != null)
                    ? linear(CfgNode.Kind.STATEMENT, d, null, FactExtractor.ofDeclaration(d), next) : next;
        }
        if (s instanceof Stmt.If i) {
            return condition(i, i.condition(), statement(i.thenBranch(), next),
                    i.elseBranch() == null ? next : statement(i.elseBranch(), next));
        }
        if (s instanceof Stmt.While w) {
            return whileLoop(w, next);
        }
        if (s instanceof Stmt.DoWhile d) {
            return doWhileLoop(d, next);
        }
        if (s instanceof Stmt.For f) {
            return forLoop(f, next);
        }
        if (s instanceof Stmt.IteratorLoop it) {
            return iteratorLoop(it, next);
        }
        if (s instanceof Stmt.Switch sw) {
            return switchStatement(sw, next);
        }
        if (s instanceof Stmt.Case c) {
            return caseLabel(c, next);
        }
        if (s instanceof Stmt.Default d) {
            return defaultLabel(d, next);
        }
        if (s instanceof Stmt.Labeled l) {
            CfgNode label = labels.get(l.label());
            edge(label, next, EdgeKind.NORMAL, null);
            return label;
        }
        if (s instanceof Stmt.Goto g) {
            CfgNode jump = node(CfgNode.Kind.GOTO, g.line(), g, null, g.label(), CfgNode.Facts.NONE);
            CfgNode target = labels.get(g.label());
            edge(jump, target != null ? target : exit, target != null ? EdgeKind.GOTO : EdgeKind.NORMAL, g.label());
            return jump;
        }
        if (s instanceof Stmt.ComputedGoto g) {
            CfgNode jump = node(CfgNode.Kind.GOTO, g.line(), g, g.target(), null, FactExtractor.ofExpression(g.target()));
            labels.values().forEach(target -> edge(jump, target, EdgeKind.GOTO, target.label()));
            if (labels.isEmpty()) {
                edge(jump, exit, EdgeKind.NORMAL, null);
            }
            return jump;
        }
        if (s instanceof Stmt.Break b) {
            return jump(CfgNode.Kind.BREAK, b, breakTargets.isEmpty() ? next : breakTargets.peek());
        }
        if (s instanceof Stmt.Continue c) {
            return jump(CfgNode.Kind.CONTINUE, c, continueTargets.isEmpty() ? next : continueTargets.peek());
        }
        if (s instanceof Stmt.Return r) {
            return jump(CfgNode.Kind.RETURN, r, r.value(),
                    r.value() == null ? CfgNode.Facts.NONE : FactExtractor.ofReturn(r.value()), exit);
        }
        if (s instanceof Stmt.Asm a) {
            return linear(CfgNode.Kind.ASM, a, null, CfgNode.Facts.NONE, next);
        }
        return next;   // empty statement
    }

    private CfgNode block(Stmt.Block block, CfgNode next) {
        CfgNode current = next;
        List<Stmt> statements = block.statements();
        for (int i = statements.size() - 1; i >= 0; i--) {
            current = statement(statements.get(i), current);
        }
        return current;
    }

    /**
     * Short-circuit operators become separate nodes, one per atomic condition, and '!' swaps
     * the branches: a statement under {@code if (page && !PageAnon(page))} depends on the node
     * {@code page} being TRUE and the node {@code PageAnon(page)} being FALSE.
     */
    private CfgNode condition(Stmt owner, Expr e, CfgNode whenTrue, CfgNode whenFalse) {
        if (e instanceof Expr.Binary b && b.operator().equals("&&")) {
            return condition(owner, b.left(), condition(owner, b.right(), whenTrue, whenFalse), whenFalse);
        }
        if (e instanceof Expr.Binary b && b.operator().equals("||")) {
            return condition(owner, b.left(), whenTrue, condition(owner, b.right(), whenTrue, whenFalse));
        }
        if (e instanceof Expr.Unary u && u.operator().equals("!")) {
            return condition(owner, u.operand(), whenFalse, whenTrue);
        }
        CfgNode test = node(CfgNode.Kind.CONDITION, e.line(), owner, e, null, FactExtractor.ofExpression(e));
        edge(test, whenTrue, EdgeKind.TRUE, null);
        edge(test, whenFalse, EdgeKind.FALSE, null);
        return test;
    }

    private CfgNode whileLoop(Stmt.While w, CfgNode next) {
        CfgNode head = node(CfgNode.Kind.JOIN, w.line(), w, null, null, CfgNode.Facts.NONE);
        CfgNode body = loopBody(w.body(), head, next, head);
        edge(head, condition(w, w.condition(), body, next), EdgeKind.NORMAL, null);
        return head;
    }

    private CfgNode doWhileLoop(Stmt.DoWhile d, CfgNode next) {
        CfgNode conditionHead = node(CfgNode.Kind.JOIN, d.condition().line(), d, null, null, CfgNode.Facts.NONE);
        CfgNode body = loopBody(d.body(), conditionHead, next, conditionHead);
        edge(conditionHead, condition(d, d.condition(), body, next), EdgeKind.NORMAL, null);
        return body;
    }

    private CfgNode forLoop(Stmt.For f, CfgNode next) {
        CfgNode head = node(CfgNode.Kind.JOIN, f.line(), f, null, null, CfgNode.Facts.NONE);
        CfgNode step = f.step() == null ? head
                : linear(CfgNode.Kind.STATEMENT, f, f.step(), FactExtractor.ofExpression(f.step()), head);
        CfgNode body = loopBody(f.body(), step, next, step);
        edge(head, f.condition() == null ? body : condition(f, f.condition(), body, next), EdgeKind.NORMAL, null);
        return f.init() == null ? head : statement(f.init(), head);
    }

    private CfgNode iteratorLoop(Stmt.IteratorLoop it, CfgNode next) {
        Expr header = new Expr.Call(it.line(), new Expr.Identifier(it.line(), it.macro()), it.arguments());
        CfgNode iterator = node(CfgNode.Kind.ITERATOR, it.line(), it, header, it.macro(), FactExtractor.ofExpression(header));
        CfgNode body = loopBody(it.body(), iterator, next, iterator);
        edge(iterator, body, EdgeKind.TRUE, null);
        edge(iterator, next, EdgeKind.FALSE, null);
        return iterator;
    }

    private CfgNode loopBody(Stmt body, CfgNode afterBody, CfgNode breakTarget, CfgNode continueTarget) {
        breakTargets.push(breakTarget);
        continueTargets.push(continueTarget);
        try {
            return statement(body, afterBody);
        } finally {
            breakTargets.pop();
            continueTargets.pop();
        }
    }

    private CfgNode switchStatement(Stmt.Switch sw, CfgNode next) {
        SwitchContext context = new SwitchContext();
        switches.push(context);
        breakTargets.push(next);
        try {
            statement(sw.body(), next);
        } finally {
            breakTargets.pop();
            switches.pop();
        }
        CfgNode selector = node(CfgNode.Kind.SWITCH, sw.line(), sw, sw.selector(), null, FactExtractor.ofExpression(sw.selector()));
        for (CfgNode c : context.cases) {
            edge(selector, c, EdgeKind.CASE, c.label());
        }
        edge(selector, context.defaultLabel != null ? context.defaultLabel : next, EdgeKind.DEFAULT, null);
        return selector;
    }

    private CfgNode caseLabel(Stmt.Case c, CfgNode next) {
        String text = ExprText.of(c.low()) + (c.high() == null ? "" : " ... " + ExprText.of(c.high()));
        CfgNode label = node(CfgNode.Kind.CASE_LABEL, c.line(), c, null, text, CfgNode.Facts.NONE);
        edge(label, next, EdgeKind.NORMAL, null);
        if (!switches.isEmpty()) {
            switches.peek().cases.add(0, label);   // built backwards: keep source order
        }
        return label;
    }

    private CfgNode defaultLabel(Stmt.Default d, CfgNode next) {
        CfgNode label = node(CfgNode.Kind.CASE_LABEL, d.line(), d, null, "default", CfgNode.Facts.NONE);
        edge(label, next, EdgeKind.NORMAL, null);
        if (!switches.isEmpty()) {
            switches.peek().defaultLabel = label;
        }
        return label;
    }

    private CfgNode linear(CfgNode.Kind kind, Stmt s, Expr e, CfgNode.Facts facts, CfgNode next) {
        CfgNode n = node(kind, e != null ? e.line() : s.line(), s, e, null, facts);
        edge(n, next, EdgeKind.NORMAL, null);
        return n;
    }

    private CfgNode jump(CfgNode.Kind kind, Stmt s, CfgNode target) {
        return jump(kind, s, null, CfgNode.Facts.NONE, target);
    }

    private CfgNode jump(CfgNode.Kind kind, Stmt s, Expr e, CfgNode.Facts facts, CfgNode target) {
        CfgNode n = node(kind, s.line(), s, e, null, facts);
        edge(n, target, EdgeKind.NORMAL, null);
        return n;
    }

    private void createLabels(Stmt s) {
        if (s instanceof Stmt.Block b) {
            b.statements().forEach(this::createLabels);
        } else if (s instanceof Stmt.Labeled l) {
            labels.putIfAbsent(l.label(), node(CfgNode.Kind.LABEL, l.line(), l, null, l.label(), CfgNode.Facts.NONE));
        } else if (s instanceof Stmt.If i) {
            createLabels(i.thenBranch());
            if (i.elseBranch() != null) {
                createLabels(i.elseBranch());
            }
        } else if (s instanceof Stmt.While w) {
            createLabels(w.body());
        } else if (s instanceof Stmt.DoWhile d) {
            createLabels(d.body());
        } else if (s instanceof Stmt.For f) {
            createLabels(f.body());
        } else if (s instanceof Stmt.IteratorLoop it) {
            createLabels(it.body());
        } else if (s instanceof Stmt.Switch sw) {
            createLabels(sw.body());
        }
    }

    private CfgNode node(CfgNode.Kind kind, int line, Stmt s, Expr e, String label, CfgNode.Facts facts) {
        CfgNode n = new CfgNode(nodes.size(), kind, line, s, e, label, presenceAt.apply(line), facts);
        nodes.add(n);
        graph.addVertex(n);
        return n;
    }

    private void edge(CfgNode from, CfgNode to, EdgeKind kind, String label) {
        graph.addEdge(from, to, new CfgEdge(kind, label));
    }
}
