package gupcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

/** The dominator algorithm on hand-made graphs whose dominator trees are known. */
class DominatorsTest {

    private static Graph<String, DefaultEdge> graph(String... edges) {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        for (String edge : edges) {
            String[] ends = edge.split("->");
            g.addVertex(ends[0]);
            g.addVertex(ends[1]);
            g.addEdge(ends[0], ends[1]);
        }
        return g;
    }

    @Test
    void diamond() {
        Dominators<String> d = Dominators.of(graph("s->a", "s->b", "a->j", "b->j"), "s");
        assertEquals("s", d.immediateDominator("a"));
        assertEquals("s", d.immediateDominator("b"));
        assertEquals("s", d.immediateDominator("j"));
        assertNull(d.immediateDominator("s"));
        assertFalse(d.dominates("a", "j"));
    }

    @Test
    void loopWithTwoEntriesToTheJoin() {
        // The example graph of Cooper, Harvey and Kennedy's paper (figure 4), with its own numbering.
        Dominators<String> d = Dominators.of(graph("6->5", "6->4", "5->1", "4->2", "4->3", "1->2", "2->1", "2->3", "3->2"), "6");
        for (String n : new String[] {"1", "2", "3", "4", "5"}) {
            assertEquals("6", d.immediateDominator(n), n);
        }
    }

    @Test
    void nestedLoopsAndUnreachableNodes() {
        Dominators<String> d = Dominators.of(graph("e->h", "h->b", "b->i", "i->b", "i->h", "h->x", "u->x"), "e");
        assertEquals("e", d.immediateDominator("h"));
        assertEquals("h", d.immediateDominator("b"));
        assertEquals("b", d.immediateDominator("i"));
        assertEquals("h", d.immediateDominator("x"));
        assertFalse(d.isReachable("u"));
        assertTrue(d.dominates("h", "i"));
        assertTrue(d.dominates("i", "i"));
    }

    @Test
    void postDominators() {
        Dominators<String> p = Dominators.postDominatorsOf(graph("s->c", "c->t", "c->f", "t->j", "f->j", "j->x"), "x");
        assertEquals("j", p.immediateDominator("c"));
        assertEquals("j", p.immediateDominator("t"));
        assertEquals("c", p.immediateDominator("s"));
        assertTrue(p.dominates("j", "s"));
    }
}
