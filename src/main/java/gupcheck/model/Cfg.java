package gupcheck.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;

/** A function's control-flow graph with its dominance facts, computed on first use. */
public final class Cfg {

    private final Graph<CfgNode, CfgEdge> graph;
    private final CfgNode entry;
    private final CfgNode exit;
    private final List<CfgNode> nodes;
    private Dominators<CfgNode> dominators;
    private Dominators<CfgNode> postDominators;
    private Map<CfgNode, Set<ControlDependence>> controlDependences;

    Cfg(Graph<CfgNode, CfgEdge> graph, CfgNode entry, CfgNode exit, List<CfgNode> nodes) {
        this.graph = graph;
        this.entry = entry;
        this.exit = exit;
        this.nodes = nodes;
    }

    public Graph<CfgNode, CfgEdge> graph() {
        return graph;
    }

    public CfgNode entry() {
        return entry;
    }

    public CfgNode exit() {
        return exit;
    }

    /** All nodes in creation order (unreachable ones included). */
    public List<CfgNode> nodes() {
        return nodes;
    }

    public synchronized Dominators<CfgNode> dominators() {
        if (dominators == null) {
            dominators = Dominators.of(graph, entry);
        }
        return dominators;
    }

    public synchronized Dominators<CfgNode> postDominators() {
        if (postDominators == null) {
            postDominators = Dominators.postDominatorsOf(graph, exit);
        }
        return postDominators;
    }

    /** The branches this node is directly control-dependent on (Ferrante, Ottenstein, Warren). */
    public Set<ControlDependence> controlDependences(CfgNode node) {
        return controlDependenceMap().getOrDefault(node, Set.of());
    }

    /** Every branch outcome the node's execution depends on, directly or through other branches. */
    public Set<ControlDependence> governingConditions(CfgNode node) {
        Set<ControlDependence> result = new LinkedHashSet<>();
        Set<CfgNode> seen = new java.util.HashSet<>();
        Deque<CfgNode> work = new ArrayDeque<>();
        work.push(node);
        seen.add(node);
        while (!work.isEmpty()) {
            for (ControlDependence cd : controlDependences(work.pop())) {
                result.add(cd);
                if (seen.add(cd.branch())) {
                    work.push(cd.branch());
                }
            }
        }
        return result;
    }

    /**
     * Branch outcomes that hold whenever the node runs: every path from the entry to the node
     * takes these edges. Unlike the transitive control dependences, this does not leak through
     * loops: a statement after a loop-back is not "guarded" by a check made in the previous
     * iteration. Innermost first.
     */
    public List<ControlDependence> dominatingOutcomes(CfgNode node) {
        List<ControlDependence> out = new java.util.ArrayList<>();
        Dominators<CfgNode> dom = dominators();
        if (!dom.isReachable(node)) {
            return out;
        }
        for (CfgNode d = node; d != null; d = dom.immediateDominator(d)) {
            Set<CfgEdge> incoming = graph.incomingEdgesOf(d);
            if (incoming.size() == 1) {
                CfgEdge edge = incoming.iterator().next();
                if (edge.kind().isBranch()) {
                    out.add(new ControlDependence(graph.getEdgeSource(edge), edge.kind(), edge.label()));
                }
            }
        }
        return out;
    }

    private synchronized Map<CfgNode, Set<ControlDependence>> controlDependenceMap() {
        if (controlDependences == null) {
            Dominators<CfgNode> pdom = postDominators();
            Map<CfgNode, Set<ControlDependence>> map = new HashMap<>();
            for (CfgEdge edge : graph.edgeSet()) {
                if (!edge.kind().isBranch()) {
                    continue;
                }
                CfgNode branch = graph.getEdgeSource(edge);
                CfgNode stop = pdom.immediateDominator(branch);
                ControlDependence dependence = new ControlDependence(branch, edge.kind(), edge.label());
                for (CfgNode runner = graph.getEdgeTarget(edge); runner != null && runner != stop;
                     runner = pdom.immediateDominator(runner)) {
                    map.computeIfAbsent(runner, k -> new LinkedHashSet<>()).add(dependence);
                }
            }
            controlDependences = map;
        }
        return controlDependences;
    }
}
