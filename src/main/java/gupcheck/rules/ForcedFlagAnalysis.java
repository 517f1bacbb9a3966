package gupcheck.rules;

import gupcheck.graph.CallEdge;
import gupcheck.graph.FunctionNode;
import gupcheck.model.Assignment;
import gupcheck.model.CallSite;
import gupcheck.model.CfgNode;
import gupcheck.model.ControlDependence;
import gupcheck.model.EdgeKind;
import gupcheck.model.ExprText;
import gupcheck.model.FlagOperation;
import gupcheck.model.FunctionModel;
import gupcheck.model.ProgramModel;
import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.Parameter;
import gupcheck.parse.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graphs;

/**
 * The engine of rules of the form "a flag added for a reason other than the caller's request
 * reaches a lookup that tests it". It knows no kernel name: the flag, the lookups, the guards
 * and the post-lookup checks all come from the {@link RuleDefinition}.
 *
 * <p>For each forcing site that is not made safe, the forced value is followed as facts
 * "variable v holds the forced flags when node n is reached", breadth first, through the CFG
 * (goto loops included), assignments, call arguments into parameters, and return values back
 * to callers. A call to a lookup whose body is in the target continues into the body until a
 * test of the flag is found; a lookup defined elsewhere counts by its name.
 */
final class ForcedFlagAnalysis {

    private static final int PREDICATE_DEPTH = 4;

    private final RuleDefinition rule;
    private final TargetAnalysis target;
    private final ProgramModel program;
    private final Map<String, RuleDefinition.Lookup> lookups = new LinkedHashMap<>();
    private final Set<String> guards;
    private final Set<String> postLookupChecks;
    private final Map<String, Boolean> reachesLookup = new HashMap<>();

    ForcedFlagAnalysis(RuleDefinition rule, TargetAnalysis target) {
        this.rule = rule;
        this.target = target;
        this.program = target.program();
        rule.lookups().forEach(l -> lookups.put(l.name(), l));
        this.guards = Set.copyOf(rule.guardsOrEmpty());
        this.postLookupChecks = Set.copyOf(rule.postLookupChecksOrEmpty());
    }

    List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        for (FunctionModel function : program.functions()) {
            for (CfgNode node : function.cfg().nodes()) {
                for (FlagOperation op : node.flagOperations()) {
                    if (isForcing(function, node, op) && !isMadeSafe(function, node)) {
                        findings.addAll(new Propagation(function, node, op).run());
                    }
                }
            }
        }
        return findings;
    }

    // ------------------------------------------------------------------ forcing sites

    private boolean isForcing(FunctionModel function, CfgNode node, FlagOperation op) {
        if (!op.involves(rule.flag()) || op.kind() == FlagOperation.Kind.CLEAR) {
            return false;
        }
        // flags = FOLL_WRITE | FOLL_GET, or f(.., FOLL_WRITE | FOLL_FORCE): a request spelled out
        if (op.kind() != FlagOperation.Kind.SET && op.operands().stream().allMatch(ForcedFlagAnalysis::isConstantName)) {
            return false;
        }
        // Judged on the if statement around the flag operation itself: an early
        // "if (!nr_pages) return 0;" also tests a parameter, but requests nothing.
        Set<String> parameters = parameterNames(function);
        for (ControlDependence cd : enclosingIfConditions(function, node)) {
            Expr condition = cd.branch().expression();
            if (mentionsAny(condition, rule.notForcingConditionMentions())) {
                return false;            // a write the object itself permits
            }
            if (rule.notForcingOnParameterTest() && cd.kind() == EdgeKind.TRUE
                    && condition instanceof Expr.Identifier id && parameters.contains(id.name())) {
                return false;            // if (write): the caller asked for it
            }
        }
        return true;
    }

    private static boolean isConstantName(String name) {
        return name.matches("[A-Z][A-Z0-9_]*");
    }

    // ------------------------------------------------------------------ guards and post-lookup checks

    private boolean isMadeSafe(FunctionModel function, CfgNode forcing) {
        for (ControlDependence cd : function.cfg().dominatingOutcomes(forcing)) {
            if (cd.kind() != EdgeKind.TRUE || !(cd.branch().expression() instanceof Expr.Call call)) {
                continue;
            }
            String name = call.calleeName();
            if (name == null) {
                continue;
            }
            if (guards.contains(name) || predicateRequiresGuard(name, function.file(), PREDICATE_DEPTH)) {
                return true;
            }
            if (postLookupChecks.contains(name) && checksLookedUpPage(function, call)) {
                return true;
            }
        }
        return false;
    }

    /** A predicate whose every return value is a conjunction that includes a guard call (or false). */
    private boolean predicateRequiresGuard(String name, String callerFile, int depth) {
        if (depth == 0) {
            return false;
        }
        List<FunctionModel> definitions = program.resolve(name, callerFile);
        if (definitions.isEmpty()) {
            return false;
        }
        for (FunctionModel predicate : definitions) {
            boolean sawReturn = false;
            for (CfgNode node : predicate.cfg().nodes()) {
                if (node.kind() != CfgNode.Kind.RETURN || !predicate.cfg().dominators().isReachable(node)) {
                    continue;
                }
                sawReturn = true;
                Expr value = node.expression();
                if (value == null || !(isFalse(value) || conjunctsRequireGuard(value, predicate.file(), depth))) {
                    return false;
                }
            }
            if (!sawReturn) {
                return false;
            }
        }
        return true;
    }

    private boolean conjunctsRequireGuard(Expr value, String file, int depth) {
        for (Expr conjunct : conjuncts(value)) {
            if (conjunct instanceof Expr.Call call && call.calleeName() != null
                    && (guards.contains(call.calleeName()) || predicateRequiresGuard(call.calleeName(), file, depth - 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        Deque<Expr> work = new ArrayDeque<>();
        work.push(e);
        while (!work.isEmpty()) {
            Expr x = work.pop();
            if (x instanceof Expr.Binary b && b.operator().equals("&&")) {
                work.push(b.right());
                work.push(b.left());
            } else if (x instanceof Expr.Cast c) {
                work.push(c.operand());
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private static boolean isFalse(Expr e) {
        return e instanceof Expr.Literal l && (l.text().equals("0") || l.text().equals("false"))
                || e instanceof Expr.Identifier id && id.name().equals("false");
    }

    /** PageAnon(page) where page holds what a lookup (or a function reaching one) returned. */
    private boolean checksLookedUpPage(FunctionModel function, Expr.Call check) {
        if (check.arguments().isEmpty()) {
            return false;
        }
        String checked = ExprText.of(check.arguments().get(0));
        for (CfgNode node : function.cfg().nodes()) {
            for (CallSite call : node.calls()) {
                if (checked.equals(call.resultVariable()) && call.callee() != null
                        && reachesLookup(call.callee(), function.file())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean reachesLookup(String name, String callerFile) {
        if (lookups.containsKey(name)) {
            return true;
        }
        return reachesLookup.computeIfAbsent(callerFile + ":" + name, key -> {
            for (FunctionModel f : program.resolve(name, callerFile)) {
                FunctionNode start = target.callGraph().node(f.id());
                Deque<FunctionNode> work = new ArrayDeque<>(List.of(start));
                Set<FunctionNode> seen = new LinkedHashSet<>(work);
                while (!work.isEmpty()) {
                    FunctionNode n = work.pop();
                    if (lookups.containsKey(n.name())) {
                        return true;
                    }
                    for (FunctionNode m : Graphs.successorListOf(target.callGraph().graph(), n)) {
                        if (seen.add(m)) {
                            work.push(m);
                        }
                    }
                }
            }
            return false;
        });
    }

    // ------------------------------------------------------------------ propagation

    /** A fact: {@code variable} holds the forced flags when {@code node} of {@code function} is reached. */
    private record Fact(FunctionModel function, CfgNode node, String variable, String inLookup) { }

    private record Step(Fact previous, PathEvent event) { }

    private record CallContext(FunctionModel caller, CfgNode node, CallSite call, String inLookup) { }

    private final class Propagation {
        private final FunctionModel siteFunction;
        private final CfgNode siteNode;
        private final FlagOperation siteOp;
        private final Fact seed;
        private final Map<Fact, Step> steps = new HashMap<>();
        private final Deque<Fact> queue = new ArrayDeque<>();
        private final Map<String, Set<CallContext>> enteredFrom = new HashMap<>();
        private final Map<String, Finding> findingsBySink = new LinkedHashMap<>();

        Propagation(FunctionModel function, CfgNode node, FlagOperation op) {
            this.siteFunction = function;
            this.siteNode = node;
            this.siteOp = op;
            this.seed = new Fact(function, node, null, null);
            steps.put(seed, new Step(null, null));
        }

        List<Finding> run() {
            switch (siteOp.kind()) {
                case SET, ASSIGN_OR -> flowToSuccessors(seed, siteNode, siteOp.target(), null, seed, null);
                case ARGUMENT_OR -> {
                    for (CallSite call : siteNode.calls()) {
                        if (siteOp.argumentIndex() < call.arguments().size()
                                && call.arguments().get(siteOp.argumentIndex()) == siteOp.expression()) {
                            passToCallee(seed, siteFunction, siteNode, call, siteOp.argumentIndex(), null);
                        }
                    }
                }
                case RETURN_OR -> returnToCallers(seed);
                default -> { }
            }
            while (!queue.isEmpty()) {
                visit(queue.poll());
            }
            return List.copyOf(findingsBySink.values());
        }

        private void visit(Fact fact) {
            CfgNode node = fact.node();
            String variable = fact.variable();
            for (CallSite call : node.calls()) {
                List<Expr> args = call.arguments();
                for (int i = 0; i < args.size(); i++) {
                    if (carries(args.get(i), variable)) {
                        passToCallee(fact, fact.function(), node, call, i, fact.inLookup());
                    }
                }
            }
            if (fact.inLookup() != null && testsFlag(node.expression(), variable)) {
                confirm(fact.inLookup(), fact, new PathEvent(fact.function().file(), node.line(), fact.function().name(),
                        "flag-test", ExprText.of(node.expression()), node.presence()));
            }
            if (node.kind() == CfgNode.Kind.RETURN && carries(node.expression(), variable)) {
                returnToCallers(fact);
            }
            boolean killed = false;
            for (Assignment a : node.assignments()) {
                if (a.target().equals(variable)) {
                    boolean clearsFlag = node.flagOperations().stream().anyMatch(op -> op.kind() == FlagOperation.Kind.CLEAR
                            && variable.equals(op.target()) && op.involves(rule.flag()));
                    boolean overwritten = (a.operator().equals("=") || a.operator().equals("init"))
                            && !carries(a.value(), variable);
                    killed |= clearsFlag || overwritten;
                } else if (carries(a.value(), variable) && !(a.value() instanceof Expr.Call)) {
                    flowToSuccessors(fact, node, a.target(), fact.inLookup(),
                            fact, event(fact.function(), node, "assign", a.target() + " " + a.operator() + " " + ExprText.of(a.value())));
                }
            }
            if (!killed) {
                flowToSuccessors(fact, node, variable, fact.inLookup(), fact, null);
            }
        }

        private void flowToSuccessors(Fact from, CfgNode node, String variable, String inLookup, Fact parent, PathEvent event) {
            if (variable == null) {
                return;
            }
            for (CfgNode next : Graphs.successorListOf(from.function().cfg().graph(), node)) {
                add(new Fact(from.function(), next, variable, inLookup), parent, event);
            }
        }

        private void add(Fact fact, Fact parent, PathEvent event) {
            if (!steps.containsKey(fact)) {
                steps.put(fact, new Step(parent, event));
                queue.add(fact);
            }
        }

        /** The value in argument {@code index} of {@code call} is forced. */
        private void passToCallee(Fact from, FunctionModel caller, CfgNode node, CallSite call, int index, String inLookup) {
            String callee = call.callee();
            if (callee == null || caller.localNames().contains(callee)) {
                return;                                   // through a function pointer: not guessed
            }
            RuleDefinition.Lookup lookup = inLookup == null ? lookups.get(callee) : null;
            String context = lookup != null ? lookup.name() : inLookup;
            List<FunctionModel> definitions = program.resolve(callee, caller.file());
            PathEvent event = event(caller, node, lookup != null ? "lookup" : "call", ExprText.of(call.call()));
            if (lookup != null && definitions.isEmpty()) {
                Fact at = new Fact(caller, node, "(" + lookup.name() + ")", lookup.name());
                add(at, from, event);
                confirm(lookup.name(), at, null);         // defined outside the target: counts by name
                return;
            }
            for (FunctionModel definition : definitions) {
                List<Parameter> parameters = definition.definition().parameters();
                if (index >= parameters.size() || parameters.get(index).name() == null) {
                    continue;
                }
                enteredFrom.computeIfAbsent(definition.id(), k -> new LinkedHashSet<>())
                        .add(new CallContext(caller, node, call, inLookup));
                add(new Fact(definition, definition.cfg().entry(), parameters.get(index).name(), context), from, event);
            }
        }

        /** The function of {@code fact} returns the forced value: back to where it was called from. */
        private void returnToCallers(Fact fact) {
            FunctionModel function = fact.function();
            Set<CallContext> callers = new LinkedHashSet<>(enteredFrom.getOrDefault(function.id(), Set.of()));
            if (function == siteFunction) {
                callers.addAll(allCallSitesOf(function));
            }
            PathEvent returned = event(function, fact.node(), "return", ExprText.of(fact.node().expression()));
            for (CallContext context : callers) {
                Fact at = new Fact(context.caller(), context.node(), "(return of " + function.id() + ")", context.inLookup());
                add(at, fact, returned);
                if (context.call().resultVariable() != null) {
                    flowToSuccessors(at, context.node(), context.call().resultVariable(), context.inLookup(), at,
                            event(context.caller(), context.node(), "assign",
                                    context.call().resultVariable() + " = " + ExprText.of(context.call().call())));
                }
                for (CallSite outer : context.node().calls()) {
                    List<Expr> args = outer.arguments();
                    for (int i = 0; i < args.size(); i++) {
                        if (args.get(i) == context.call().call()) {
                            passToCallee(at, context.caller(), context.node(), outer, i, context.inLookup());
                        }
                    }
                }
            }
        }

        private List<CallContext> allCallSitesOf(FunctionModel function) {
            List<CallContext> sites = new ArrayList<>();
            FunctionNode node = target.callGraph().node(function.id());
            for (CallEdge edge : target.callGraph().graph().incomingEdgesOf(node)) {
                FunctionNode callerNode = target.callGraph().graph().getEdgeSource(edge);
                for (FunctionModel caller : program.named(callerNode.name())) {
                    if (!caller.id().equals(callerNode.id())) {
                        continue;
                    }
                    for (CfgNode cfgNode : caller.cfg().nodes()) {
                        if (cfgNode.calls().contains(edge.site())) {
                            sites.add(new CallContext(caller, cfgNode, edge.site(), null));
                        }
                    }
                }
            }
            return sites;
        }

        private void confirm(String lookupName, Fact last, PathEvent finalEvent) {
            if (findingsBySink.containsKey(lookupName)) {
                return;                                   // one finding per forcing site and sink
            }
            RuleDefinition.Lookup lookup = lookups.get(lookupName);
            List<PathEvent> path = new ArrayList<>();
            path.add(event(siteFunction, siteNode, "forcing", forcingText()));
            for (ControlDependence cd : enclosingIfConditions(siteFunction, siteNode)) {
                String text = ExprText.of(cd.branch().expression());
                boolean simple = cd.branch().expression() instanceof Expr.Call || cd.branch().expression() instanceof Expr.Identifier;
                path.add(event(siteFunction, cd.branch(), "guard-missed",
                        cd.kind() == EdgeKind.FALSE ? (simple ? "!" + text : "!(" + text + ")") : text));
            }
            List<PathEvent> walked = new ArrayList<>();
            for (Fact f = last; f != null; ) {
                Step step = steps.get(f);
                if (step == null) {
                    break;
                }
                if (step.event() != null) {
                    walked.add(0, step.event());
                }
                f = step.previous();
            }
            path.addAll(walked);
            if (finalEvent != null) {
                path.add(finalEvent);
            }
            Set<String> conditions = new LinkedHashSet<>();
            path.forEach(e -> conditions.addAll(e.presence()));
            Severity severity = lookup.severity() != null ? lookup.severity() : rule.severity();
            findingsBySink.put(lookupName, new Finding(rule.id(), severity, lookup.kind(), siteFunction.file(),
                    siteOp.line(), siteFunction.name(), lookupName, rule.message(lookup.kind()),
                    List.copyOf(conditions), List.copyOf(path)));
        }

        private String forcingText() {
            Expr expression = siteNode.expression();
            if (siteOp.kind() == FlagOperation.Kind.RETURN_OR) {
                return "return " + ExprText.of(siteOp.expression());
            }
            return expression != null ? ExprText.of(expression) : ExprText.of(siteOp.expression());
        }

        private PathEvent event(FunctionModel function, CfgNode node, String kind, String detail) {
            return new PathEvent(function.file(), node.line(), function.name(), kind, detail, node.presence());
        }
    }

    /** The conditions of the if statement directly around a node (all operands of its condition). */
    private static List<ControlDependence> enclosingIfConditions(FunctionModel function, CfgNode node) {
        List<ControlDependence> out = new ArrayList<>();
        Stmt owner = null;
        for (ControlDependence cd : function.cfg().controlDependences(node)) {
            if (cd.branch().statement() instanceof Stmt.If) {
                owner = cd.branch().statement();
            }
        }
        if (owner == null) {
            return out;
        }
        Deque<CfgNode> work = new ArrayDeque<>(List.of(node));
        Set<CfgNode> seen = new LinkedHashSet<>(work);
        while (!work.isEmpty()) {
            for (ControlDependence cd : function.cfg().controlDependences(work.pop())) {
                if (cd.branch().statement() == owner && cd.branch().expression() != null && seen.add(cd.branch())) {
                    out.add(0, cd);
                    work.push(cd.branch());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ expression helpers

    /** Whether the value of {@code e} carries {@code variable}'s bits (calls are followed separately). */
    static boolean carries(Expr e, String variable) {
        if (e == null || variable == null) {
            return false;
        }
        if (e instanceof Expr.Identifier || e instanceof Expr.Member) {
            return ExprText.of(e).equals(variable);
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.operator()) {
                case "|", "&", "^", "+", "-" -> carries(b.left(), variable) || carries(b.right(), variable);
                default -> false;
            };
        }
        if (e instanceof Expr.Cast c) {
            return carries(c.operand(), variable);
        }
        if (e instanceof Expr.Conditional c) {
            return carries(c.whenTrue(), variable) || carries(c.whenFalse(), variable);
        }
        if (e instanceof Expr.Assign a) {
            return carries(a.value(), variable) || ExprText.of(a.target()).equals(variable);
        }
        return false;
    }

    /** {@code variable & FLAG} anywhere in the expression. */
    private boolean testsFlag(Expr e, String variable) {
        if (e == null) {
            return false;
        }
        if (e instanceof Expr.Binary b) {
            if (b.operator().equals("&") && (carries(b.left(), variable) && mentions(b.right(), rule.flag())
                    || carries(b.right(), variable) && mentions(b.left(), rule.flag()))) {
                return true;
            }
            return testsFlag(b.left(), variable) || testsFlag(b.right(), variable);
        }
        if (e instanceof Expr.Unary u) {
            return testsFlag(u.operand(), variable);
        }
        if (e instanceof Expr.Cast c) {
            return testsFlag(c.operand(), variable);
        }
        if (e instanceof Expr.Call c) {
            return c.arguments().stream().anyMatch(a -> testsFlag(a, variable));
        }
        if (e instanceof Expr.Conditional c) {
            return testsFlag(c.condition(), variable);
        }
        if (e instanceof Expr.Assign a) {
            return testsFlag(a.value(), variable);
        }
        return false;
    }

    /** Whether an identifier of that name occurs in the expression (walked, not rendered: this is hot). */
    private static boolean mentions(Expr e, String name) {
        if (e == null) {
            return false;
        }
        if (e instanceof Expr.Identifier id) {
            return id.name().equals(name);
        }
        if (e instanceof Expr.Binary b) {
            return mentions(b.left(), name) || mentions(b.right(), name);
        }
        if (e instanceof Expr.Unary u) {
            return mentions(u.operand(), name);
        }
        if (e instanceof Expr.Cast c) {
            return mentions(c.operand(), name);
        }
        if (e instanceof Expr.Call c) {
            return mentions(c.callee(), name) || c.arguments().stream().anyMatch(a -> mentions(a, name));
        }
        if (e instanceof Expr.Member m) {
            return m.name().equals(name) || mentions(m.base(), name);
        }
        if (e instanceof Expr.Conditional c) {
            return mentions(c.condition(), name) || mentions(c.whenTrue(), name) || mentions(c.whenFalse(), name);
        }
        if (e instanceof Expr.Index ix) {
            return mentions(ix.base(), name) || mentions(ix.index(), name);
        }
        if (e instanceof Expr.Assign a) {
            return mentions(a.target(), name) || mentions(a.value(), name);
        }
        if (e instanceof Expr.Comma c) {
            return c.expressions().stream().anyMatch(x -> mentions(x, name));
        }
        return false;
    }

    private static boolean mentionsAny(Expr e, List<String> names) {
        for (String name : names) {
            if (mentions(e, name)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> parameterNames(FunctionModel function) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter p : function.definition().parameters()) {
            if (p.name() != null) {
                names.add(p.name());
            }
        }
        return names;
    }
}
