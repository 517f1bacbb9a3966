package gupcheck.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.model.ProgramModel;
import gupcheck.parse.FileSetParser;
import gupcheck.source.FileSystemSource;
import gupcheck.testing.KernelSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jgrapht.GraphPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The call chains the rule walks, found by asking the graph of Debian's 6.1 and 6.12 sources. */
class RealTreeCallGraphTest {

    @ParameterizedTest(name = "linux-source-{0}")
    @ValueSource(strings = {"6.1", "6.12"})
    void chainsFromGetUserPagesToTheLookups(String version) throws Exception {
        StringBuilder whyNot = new StringBuilder();
        Optional<Path> tree = KernelSources.tree(version, whyNot);
        if (tree.isEmpty()) {
            KernelSources.skip("real-tree call graph of " + version, whyNot);
        }
        var files = new FileSystemSource(List.of("mm/gup.c", "mm/huge_memory.c", "mm/hugetlb.c", "mm/khugepaged.c")).read(tree.get());
        CallGraph graph = CallGraph.build(ProgramModel.build(new FileSetParser(Configuration.allEnabled(), 2).parse(files)));

        FunctionNode gup = single(graph, "__get_user_pages");
        List<String> toPte = chain(graph, gup, "follow_page_pte");
        assertEquals("follow_page_mask", toPte.get(1), toPte.toString());

        if (defined(graph, "follow_trans_huge_pmd")) {
            FunctionNode thp = single(graph, "follow_trans_huge_pmd");
            assertEquals("mm/huge_memory.c", thp.file(), "the chain crosses files");
            List<String> toThp = chain(graph, gup, "follow_trans_huge_pmd");
            assertEquals("follow_page_mask", toThp.get(1), toThp.toString());
            assertTrue(toThp.contains("follow_pmd_mask"), toThp.toString());
        } else {
            System.out.println("linux-source-" + version + ": no follow_trans_huge_pmd in this version (THP follow moved into gup.c)");
        }
        if (defined(graph, "follow_hugetlb_page")) {
            FunctionNode lookup = single(graph, "follow_hugetlb_page");
            assertEquals("mm/hugetlb.c", lookup.file());
            assertEquals(List.of("__get_user_pages", "follow_hugetlb_page"), chain(graph, gup, "follow_hugetlb_page"));
        } else {
            System.out.println("linux-source-" + version + ": no follow_hugetlb_page in this version (removed upstream)");
        }
    }

    private static List<String> chain(CallGraph graph, FunctionNode from, String to) {
        GraphPath<FunctionNode, CallEdge> path = graph.shortestPath(from, single(graph, to));
        assertNotNull(path, from.name() + " does not reach " + to);
        List<String> names = path.getVertexList().stream().map(FunctionNode::name).toList();
        System.out.println(String.join(" -> ", names));
        return names;
    }

    private static boolean defined(CallGraph graph, String name) {
        return graph.find(name).stream().anyMatch(n -> !n.external());
    }

    private static FunctionNode single(CallGraph graph, String name) {
        List<FunctionNode> nodes = graph.find(name).stream().filter(n -> !n.external()).toList();
        assertEquals(1, nodes.size(), name + " defined " + nodes.size() + " times");
        return nodes.get(0);
    }
}
