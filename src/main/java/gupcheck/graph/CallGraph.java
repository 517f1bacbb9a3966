package gupcheck.graph;

import gupcheck.model.CallSite;
import gupcheck.model.CfgNode;
import gupcheck.model.ExprText;
import gupcheck.model.FunctionModel;
import gupcheck.model.ProgramModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DirectedPseudograph;

/** The call graph of one target: every function definition of its files, and what they call. */
public final class CallGraph {

    private final Graph<FunctionNode, CallEdge> graph;
    private final Map<String, FunctionNode> byId;
    private final List<UnresolvedCall> unresolved;

    private CallGraph(Graph<FunctionNode, CallEdge> graph, Map<String, FunctionNode> byId, List<UnresolvedCall> unresolved) {
        this.graph = graph;
        this.byId = byId;
        this.unresolved = unresolved;
    }

    public static CallGraph build(ProgramModel program) {
        Graph<FunctionNode, CallEdge> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, FunctionNode> byId = new LinkedHashMap<>();
        for (FunctionModel f : program.functions()) {
            FunctionNode node = new FunctionNode(f.id(), f.name(), f.file(), f.definition().line(), false, f.presence());
            if (byId.putIfAbsent(f.id(), node) == null) {
                graph.addVertex(node);
            }
        }
        List<UnresolvedCall> unresolved = new ArrayList<>();
        Map<String, FunctionNode> externals = new HashMap<>();
        for (FunctionModel f : program.functions()) {
            FunctionNode caller = byId.get(f.id());
            Set<String> pointerNames = f.localNames();
            for (CfgNode cfgNode : f.cfg().nodes()) {
                for (CallSite call : cfgNode.calls()) {
                    if (!call.isResolvable() || pointerNames.contains(call.callee())) {
                        unresolved.add(new UnresolvedCall(f.id(), f.file(), call.line(), ExprText.of(call.call().callee())));
                        continue;
                    }
                    List<FunctionModel> targets = program.resolve(call.callee(), f.file());
                    Collection<FunctionNode> callees = targets.isEmpty()
                            ? List.of(externals.computeIfAbsent(call.callee(), name -> external(graph, byId, name)))
                            : targets.stream().map(t -> byId.get(t.id())).toList();
                    for (FunctionNode callee : callees) {
                        graph.addEdge(caller, callee, new CallEdge(f.file(), call, cfgNode.presence()));
                    }
                }
            }
        }
        return new CallGraph(graph, byId, List.copyOf(unresolved));
    }

    private static FunctionNode external(Graph<FunctionNode, CallEdge> graph, Map<String, FunctionNode> byId, String name) {
        String id = byId.containsKey(name) ? "extern:" + name : name;
        FunctionNode node = new FunctionNode(id, name, null, 0, true, List.of());
        byId.put(id, node);
        graph.addVertex(node);
        return node;
    }

    public Graph<FunctionNode, CallEdge> graph() {
        return graph;
    }

    public List<UnresolvedCall> unresolvedCalls() {
        return unresolved;
    }

    public FunctionNode node(String id) {
        return byId.get(id);
    }

    /** Nodes named {@code nameOrId}: by id (file:name for statics), or every function of that name. */
    public List<FunctionNode> find(String nameOrId) {
        FunctionNode exact = byId.get(nameOrId);
        if (exact != null) {
            return List.of(exact);
        }
        return graph.vertexSet().stream().filter(n -> n.name().equals(nameOrId)).toList();
    }

    /** A shortest call chain from one function to another, or null. */
    public GraphPath<FunctionNode, CallEdge> shortestPath(FunctionNode from, FunctionNode to) {
        return BFSShortestPath.findPathBetween(graph, from, to);
    }

    /**
     * The part a reviewer asks about: nodes on call paths from {@code from} to {@code to}
     * (either may be empty: everything reachable from, or reaching to), within {@code depth}
     * calls of the start when depth is positive.
     */
    public Graph<FunctionNode, CallEdge> between(Collection<FunctionNode> from, Collection<FunctionNode> to, int depth) {
        Set<FunctionNode> keep;
        if (from.isEmpty() && to.isEmpty()) {
            keep = graph.vertexSet();
        } else if (to.isEmpty()) {
            keep = reach(from, depth, n -> Graphs.successorListOf(graph, n));
        } else if (from.isEmpty()) {
            keep = reach(to, depth, n -> Graphs.predecessorListOf(graph, n));
        } else {
            Map<FunctionNode, Integer> forward = distances(from, n -> Graphs.successorListOf(graph, n));
            Map<FunctionNode, Integer> backward = distances(to, n -> Graphs.predecessorListOf(graph, n));
            keep = new LinkedHashSet<>();
            for (Map.Entry<FunctionNode, Integer> e : forward.entrySet()) {
                Integer toTarget = backward.get(e.getKey());
                if (toTarget != null && (depth <= 0 || e.getValue() + toTarget <= depth)) {
                    keep.add(e.getKey());
                }
            }
        }
        return new AsSubgraph<>(graph, keep);
    }

    private Set<FunctionNode> reach(Collection<FunctionNode> start, int depth, Function<FunctionNode, List<FunctionNode>> next) {
        Set<FunctionNode> out = new LinkedHashSet<>();
        distances(start, next).forEach((node, distance) -> {
            if (depth <= 0 || distance <= depth) {
                out.add(node);
            }
        });
        return out;
    }

    private static Map<FunctionNode, Integer> distances(Collection<FunctionNode> start, Function<FunctionNode, List<FunctionNode>> next) {
        Map<FunctionNode, Integer> distance = new LinkedHashMap<>();
        Deque<FunctionNode> queue = new ArrayDeque<>();
        for (FunctionNode s : start) {
            distance.put(s, 0);
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            FunctionNode n = queue.poll();
            for (FunctionNode m : next.apply(n)) {
                if (!distance.containsKey(m)) {
                    distance.put(m, distance.get(n) + 1);
                    queue.add(m);
                }
            }
        }
        return distance;
    }
}
