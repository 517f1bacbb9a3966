package gupcheck.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.EdgeReversedGraph;

/**
 * Immediate dominators by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple,
 * Fast Dominance Algorithm", 2001) over reverse postorder. JGraphT has no dominator class.
 * Post-dominators are dominators of the edge-reversed graph rooted at the exit.
 */
public final class Dominators<V> {

    private final V root;
    private final Map<V, V> idom;

    private Dominators(V root, Map<V, V> idom) {
        this.root = root;
        this.idom = idom;
    }

    public static <V, E> Dominators<V> of(Graph<V, E> graph, V root) {
        List<V> order = reversePostorder(graph, root);
        Map<V, Integer> index = new HashMap<>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        Map<V, V> idom = new HashMap<>(order.size() * 2);
        idom.put(root, root);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < order.size(); i++) {
                V node = order.get(i);
                V candidate = null;
                for (V pred : Graphs.predecessorListOf(graph, node)) {
                    if (!idom.containsKey(pred)) {
                        continue;           // not processed yet, or unreachable from the root
                    }
                    candidate = candidate == null ? pred : intersect(pred, candidate, idom, index);
                }
                if (candidate != null && !candidate.equals(idom.get(node))) {
                    idom.put(node, candidate);
                    changed = true;
                }
            }
        }
        return new Dominators<>(root, idom);
    }

    public static <V, E> Dominators<V> postDominatorsOf(Graph<V, E> graph, V exit) {
        return of(new EdgeReversedGraph<>(graph), exit);
    }

    private static <V> V intersect(V a, V b, Map<V, V> idom, Map<V, Integer> index) {
        V finger1 = a;
        V finger2 = b;
        while (!finger1.equals(finger2)) {
            while (index.get(finger1) > index.get(finger2)) {
                finger1 = idom.get(finger1);
            }
            while (index.get(finger2) > index.get(finger1)) {
                finger2 = idom.get(finger2);
            }
        }
        return finger1;
    }

    private static <V, E> List<V> reversePostorder(Graph<V, E> graph, V root) {
        List<V> postorder = new ArrayList<>();
        Map<V, Boolean> visited = new HashMap<>();
        Deque<Map.Entry<V, Iterator<V>>> stack = new ArrayDeque<>();
        visited.put(root, true);
        stack.push(Map.entry(root, Graphs.successorListOf(graph, root).iterator()));
        while (!stack.isEmpty()) {
            Map.Entry<V, Iterator<V>> top = stack.peek();
            if (top.getValue().hasNext()) {
                V next = top.getValue().next();
                if (visited.putIfAbsent(next, true) == null) {
                    stack.push(Map.entry(next, Graphs.successorListOf(graph, next).iterator()));
                }
            } else {
                postorder.add(stack.pop().getKey());
            }
        }
        List<V> reversed = new ArrayList<>(postorder.size());
        for (int i = postorder.size() - 1; i >= 0; i--) {
            reversed.add(postorder.get(i));
        }
        return reversed;
    }

    /** The immediate dominator; null for the root and for nodes the root does not reach. */
    public V immediateDominator(V node) {
        return node.equals(root) ? null : idom.get(node);
    }

    public boolean isReachable(V node) {
        return idom.containsKey(node);
    }

    /** Whether {@code a} dominates {@code b} (every node dominates itself). */
    public boolean dominates(V a, V b) {
        if (!idom.containsKey(b)) {
            return false;
        }
        for (V runner = b; runner != null; runner = immediateDominator(runner)) {
            if (runner.equals(a)) {
                return true;
            }
        }
        return false;
    }
}
