package gupcheck.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.model.ProgramModel;
import gupcheck.parse.CFileParser;
import gupcheck.parse.ParsedFile;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.junit.jupiter.api.Test;

class CallGraphTest {

    static CallGraph graphOf(String... pathsAndSources) throws Exception {
        CFileParser parser = new CFileParser(Configuration.allEnabled());
        List<ParsedFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            ParsedFile parsed = parser.parse(pathsAndSources[i], pathsAndSources[i + 1]);
            assertEquals(List.of(), parsed.unparsed());
            files.add(parsed);
        }
        return CallGraph.build(ProgramModel.build(files));
    }

    static Set<String> edges(Graph<FunctionNode, CallEdge> g) {
        return g.edgeSet().stream().map(e -> g.getEdgeSource(e).id() + " -> " + g.getEdgeTarget(e).id() + " @" + e)
                .collect(Collectors.toSet());
    }

    @Test
    void staticFunctionsOfTwoFilesStayApartAndCallsCrossFiles() throws Exception {
        CallGraph g = graphOf(
                "mm/gup.c", """
                        static int helper(int x) { return x; }
                        long __get_user_pages(int flags)
                        {
                        	helper(flags);
                        	return follow_trans_huge_pmd(flags);
                        }
                        """,
                "mm/huge_memory.c", """
                        static int helper(int x) { return x + 1; }
                        long follow_trans_huge_pmd(int flags)
                        {
                        	return helper(flags) + pmd_write(flags);
                        }
                        """);
        assertEquals(Set.of(
                "__get_user_pages -> mm/gup.c:helper @mm/gup.c:4",
                "__get_user_pages -> follow_trans_huge_pmd @mm/gup.c:5",
                "follow_trans_huge_pmd -> mm/huge_memory.c:helper @mm/huge_memory.c:4",
                "follow_trans_huge_pmd -> pmd_write @mm/huge_memory.c:4"), edges(g.graph()));
        assertTrue(g.node("pmd_write").external());
        assertNull(g.node("pmd_write").file());
        assertEquals("mm/huge_memory.c", g.node("follow_trans_huge_pmd").file());
        assertEquals(2, g.find("helper").size());
    }

    @Test
    void recursionPointerCallsAndPresence() throws Exception {
        CallGraph g = graphOf("mm/x.c", """
                int walk(int depth, int (*visit)(int))
                {
                	if (depth > 0)
                		return walk(depth - 1, visit);
                #ifdef CONFIG_DEBUG_VM
                	check(depth);
                #endif
                	return visit(depth) + ops->show(depth);
                }
                """);
        assertTrue(edges(g.graph()).contains("walk -> walk @mm/x.c:4"));
        assertEquals(List.of(new UnresolvedCall("walk", "mm/x.c", 8, "visit"), new UnresolvedCall("walk", "mm/x.c", 8, "ops->show")),
                g.unresolvedCalls());
        CallEdge check = g.graph().edgeSet().stream().filter(e -> e.line() == 6).findFirst().orElseThrow();
        assertEquals(List.of("CONFIG_DEBUG_VM"), check.presence());
    }

    @Test
    void weakDefaultAndOverrideAreBothCandidates() throws Exception {
        CallGraph g = graphOf(
                "mm/hugetlb.c", """
                        int __weak arch_hook(void) { return 0; }
                        int user(void) { return arch_hook(); }
                        """,
                "mm/gup.c", "int arch_hook(void) { return 1; }\n");
        // both definitions are non-static and share the id: the node stands for the name
        assertEquals(1, g.find("arch_hook").size());
        assertNotNull(g.shortestPath(g.node("user"), g.node("arch_hook")));
    }

    @Test
    void betweenKeepsOnlyNodesOnPaths() throws Exception {
        CallGraph g = graphOf("mm/gup.c", """
                int leaf(void) { return 0; }
                int other(void) { return leaf(); }
                int mid(void) { return leaf() + side(); }
                int top(void) { return mid() + unrelated(); }
                """);
        Graph<FunctionNode, CallEdge> view = g.between(g.find("top"), g.find("leaf"), 0);
        assertEquals(Set.of("top", "mid", "leaf"), view.vertexSet().stream().map(FunctionNode::id).collect(Collectors.toSet()));
        Graph<FunctionNode, CallEdge> oneCall = g.between(g.find("top"), List.of(), 1);
        assertEquals(Set.of("top", "mid", "unrelated"), oneCall.vertexSet().stream().map(FunctionNode::id).collect(Collectors.toSet()));
        GraphPath<FunctionNode, CallEdge> path = g.shortestPath(g.node("top"), g.node("leaf"));
        assertEquals(List.of("top", "mid", "leaf"), path.getVertexList().stream().map(FunctionNode::id).toList());
    }
}
