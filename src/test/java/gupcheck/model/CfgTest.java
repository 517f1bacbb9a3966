package gupcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.parse.CFileParser;
import gupcheck.parse.ParsedFile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CFG shapes, checked edge by edge. Edges are written "from -KIND-> to" with nodes named
 * KIND@line (the CfgNode kind and its source line), which keeps expectations readable.
 */
class CfgTest {

    static Cfg cfgOf(String source) throws Exception {
        ParsedFile parsed = new CFileParser(Configuration.allEnabled()).parse("t.c", source);
        assertEquals(List.of(), parsed.unparsed());
        return ProgramModel.build(List.of(parsed)).functions().get(0).cfg();
    }

    static Set<String> edges(Cfg cfg) {
        return cfg.graph().edgeSet().stream()
                .map(e -> name(cfg.graph().getEdgeSource(e)) + " -" + e + "-> " + name(cfg.graph().getEdgeTarget(e)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String name(CfgNode n) {
        return n.kind() + "@" + n.line();
    }

    static CfgNode at(Cfg cfg, CfgNode.Kind kind, int line) {
        return cfg.nodes().stream().filter(n -> n.kind() == kind && n.line() == line).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + "@" + line + " in " + cfg.nodes()));
    }

    @Test
    void ifElseAndShortCircuitConditions() throws Exception {
        Cfg cfg = cfgOf("""
                int f(int a, int b)
                {
                	if (a && !b)
                		x();
                	else
                		y();
                	return 0;
                }
                """);
        assertEquals(new TreeSet<>(List.of(
                "ENTRY@1 -NORMAL-> CONDITION@3",
                "CONDITION@3 -TRUE-> CONDITION@3",
                "CONDITION@3 -FALSE-> STATEMENT@6",
                "CONDITION@3 -FALSE-> STATEMENT@4",
                "CONDITION@3 -TRUE-> STATEMENT@6",
                "STATEMENT@4 -NORMAL-> RETURN@7",
                "STATEMENT@6 -NORMAL-> RETURN@7",
                "RETURN@7 -NORMAL-> EXIT@8")), edges(cfg));
        CfgNode a = cfg.nodes().stream().filter(n -> n.kind() == CfgNode.Kind.CONDITION && "a".equals(ExprText.of(n.expression()))).findFirst().orElseThrow();
        CfgNode b = cfg.nodes().stream().filter(n -> n.kind() == CfgNode.Kind.CONDITION && "b".equals(ExprText.of(n.expression()))).findFirst().orElseThrow();
        CfgNode x = at(cfg, CfgNode.Kind.STATEMENT, 4);
        assertEquals(Set.of(new ControlDependence(b, EdgeKind.FALSE, null)), cfg.controlDependences(x));
        assertEquals(Set.of(new ControlDependence(b, EdgeKind.FALSE, null), new ControlDependence(a, EdgeKind.TRUE, null)),
                cfg.governingConditions(x));
        assertEquals(Set.of(), cfg.controlDependences(at(cfg, CfgNode.Kind.RETURN, 7)));
    }

    @Test
    void whileDoWhileAndForLoops() throws Exception {
        Cfg cfg = cfgOf("""
                void f(int n)
                {
                	while (n)
                		n--;
                	do {
                		n++;
                	} while (n < 3);
                	for (i = 0; i < n; i++)
                		g(i);
                }
                """);
        assertEquals(new TreeSet<>(List.of(
                "ENTRY@1 -NORMAL-> JOIN@3",
                "JOIN@3 -NORMAL-> CONDITION@3",
                "CONDITION@3 -TRUE-> STATEMENT@4",
                "CONDITION@3 -FALSE-> STATEMENT@6",
                "STATEMENT@4 -NORMAL-> JOIN@3",
                "STATEMENT@6 -NORMAL-> JOIN@7",
                "JOIN@7 -NORMAL-> CONDITION@7",
                "CONDITION@7 -TRUE-> STATEMENT@6",
                "CONDITION@7 -FALSE-> STATEMENT@8",
                "STATEMENT@8 -NORMAL-> JOIN@8",
                "JOIN@8 -NORMAL-> CONDITION@8",
                "CONDITION@8 -TRUE-> STATEMENT@9",
                "CONDITION@8 -FALSE-> EXIT@10",
                "STATEMENT@9 -NORMAL-> STATEMENT@8")), edges(cfg));
        // init and step share line 8: the step is the one after the body
        CfgNode body = at(cfg, CfgNode.Kind.STATEMENT, 9);
        assertEquals("i++", ExprText.of(cfg.graph().getEdgeTarget(cfg.graph().outgoingEdgesOf(body).iterator().next()).expression()));
    }

    @Test
    void breakContinueAndIteratorMacros() throws Exception {
        Cfg cfg = cfgOf("""
                void f(struct list_head *head)
                {
                	list_for_each_entry(page, head, lru) {
                		if (!page)
                			continue;
                		if (done(page))
                			break;
                		put_page(page);
                	}
                	g();
                }
                """);
        assertEquals(new TreeSet<>(List.of(
                "ENTRY@1 -NORMAL-> ITERATOR@3",
                "ITERATOR@3 -TRUE-> CONDITION@4",
                "ITERATOR@3 -FALSE-> STATEMENT@10",
                "CONDITION@4 -TRUE-> CONDITION@6",
                "CONDITION@4 -FALSE-> CONTINUE@5",
                "CONTINUE@5 -NORMAL-> ITERATOR@3",
                "CONDITION@6 -TRUE-> BREAK@7",
                "CONDITION@6 -FALSE-> STATEMENT@8",
                "BREAK@7 -NORMAL-> STATEMENT@10",
                "STATEMENT@8 -NORMAL-> ITERATOR@3",
                "STATEMENT@10 -NORMAL-> EXIT@11")), edges(cfg));
        assertEquals("list_for_each_entry", at(cfg, CfgNode.Kind.ITERATOR, 3).label());
    }

    @Test
    void switchWithFallThroughRangesAndDefault() throws Exception {
        Cfg cfg = cfgOf("""
                int f(int ret)
                {
                	switch (ret) {
                	case 0:
                		a();
                	case 1 ... 3:
                		b();
                		break;
                	default:
                		return ret;
                	}
                	return 0;
                }
                """);
        assertEquals(new TreeSet<>(List.of(
                "ENTRY@1 -NORMAL-> SWITCH@3",
                "SWITCH@3 -CASE(0)-> CASE_LABEL@4",
                "SWITCH@3 -CASE(1 ... 3)-> CASE_LABEL@6",
                "SWITCH@3 -DEFAULT-> CASE_LABEL@9",
                "CASE_LABEL@4 -NORMAL-> STATEMENT@5",
                "STATEMENT@5 -NORMAL-> CASE_LABEL@6",
                "CASE_LABEL@6 -NORMAL-> STATEMENT@7",
                "STATEMENT@7 -NORMAL-> BREAK@8",
                "BREAK@8 -NORMAL-> RETURN@12",
                "CASE_LABEL@9 -NORMAL-> RETURN@10",
                "RETURN@10 -NORMAL-> EXIT@13",
                "RETURN@12 -NORMAL-> EXIT@13")), edges(cfg));
        CfgNode b = at(cfg, CfgNode.Kind.STATEMENT, 7);
        CfgNode sw = at(cfg, CfgNode.Kind.SWITCH, 3);
        // reached from case 0 by falling through, and from case 1 ... 3
        assertEquals(Set.of(new ControlDependence(sw, EdgeKind.CASE, "0"), new ControlDependence(sw, EdgeKind.CASE, "1 ... 3")),
                cfg.controlDependences(b));
    }

    @Test
    void switchWithoutDefaultFallsOut() throws Exception {
        Cfg cfg = cfgOf("""
                void f(int x)
                {
                	switch (x) {
                	case 1:
                		a();
                	}
                }
                """);
        assertTrue(edges(cfg).contains("SWITCH@3 -DEFAULT-> EXIT@7"), edges(cfg).toString());
    }

    @Test
    void gotoRetryLoopAsInGetUserPages() throws Exception {
        Cfg cfg = cfgOf("""
                long f(unsigned int foll_flags)
                {
                	if (should_force_cow_break(vma, foll_flags))
                		foll_flags |= FOLL_WRITE;
                retry:
                	page = follow_page_mask(vma, start, foll_flags, &ctx);
                	if (!page) {
                		ret = faultin_page(vma, start, &foll_flags);
                		switch (ret) {
                		case 0:
                			goto retry;
                		default:
                			goto out;
                		}
                	}
                	return 0;
                out:
                	return ret;
                }
                """);
        Set<String> edges = edges(cfg);
        assertTrue(edges.contains("GOTO@11 -GOTO(retry)-> LABEL@5"), edges.toString());
        assertTrue(edges.contains("GOTO@13 -GOTO(out)-> LABEL@17"), edges.toString());
        assertTrue(edges.contains("LABEL@5 -NORMAL-> STATEMENT@6"), edges.toString());
        assertTrue(edges.contains("STATEMENT@4 -NORMAL-> LABEL@5"), edges.toString());
        CfgNode forcing = at(cfg, CfgNode.Kind.STATEMENT, 4);
        assertEquals(List.of(new FlagOperation(FlagOperation.Kind.SET, "foll_flags", List.of("FOLL_WRITE"),
                ((gupcheck.parse.ast.Expr.Assign) forcing.expression()).value(), 4, null, -1)), forcing.flagOperations());
        CfgNode lookup = at(cfg, CfgNode.Kind.STATEMENT, 6);
        assertEquals("follow_page_mask", lookup.calls().get(0).callee());
        assertEquals("page", lookup.calls().get(0).resultVariable());
        // the lookup runs whatever the forcing condition said; it runs again when case 0 jumps back
        CfgNode sw = at(cfg, CfgNode.Kind.SWITCH, 9);
        assertEquals(Set.of(new ControlDependence(sw, EdgeKind.CASE, "0")), cfg.controlDependences(lookup));
        assertTrue(cfg.dominators().dominates(at(cfg, CfgNode.Kind.LABEL, 5), lookup));
        assertFalse(cfg.dominators().dominates(forcing, lookup));
    }

    @Test
    void controlDependenceUnderNestedIfs() throws Exception {
        Cfg cfg = cfgOf("""
                void f(struct page *page, struct vm_area_struct *vma)
                {
                	if (page) {
                		if (PageAnon(page)) {
                			if (is_cow_mapping(vma->vm_flags))
                				flags |= FOLL_WRITE;
                		}
                		put(page);
                	}
                }
                """);
        CfgNode forcing = at(cfg, CfgNode.Kind.STATEMENT, 6);
        Set<String> governing = cfg.governingConditions(forcing).stream()
                .map(cd -> ExprText.of(cd.branch().expression()) + "=" + cd.kind()).collect(Collectors.toSet());
        assertEquals(Set.of("page=TRUE", "PageAnon(page)=TRUE", "is_cow_mapping(vma->vm_flags)=TRUE"), governing);
        Set<String> put = cfg.governingConditions(at(cfg, CfgNode.Kind.STATEMENT, 8)).stream()
                .map(cd -> ExprText.of(cd.branch().expression()) + "=" + cd.kind()).collect(Collectors.toSet());
        assertEquals(Set.of("page=TRUE"), put);
    }

    @Test
    void callsInEvaluationOrderAndFlagOperations() throws Exception {
        Cfg cfg = cfgOf("""
                unsigned int f(unsigned int gup_flags)
                {
                	unsigned int flags = gup_flags | FOLL_GET;
                	nr = gup_pgd_range(start, end, gup_flags | FOLL_WRITE, pages, &nr);
                	flags &= ~FOLL_WRITE;
                	return flags | FOLL_WRITE;
                }
                """);
        CfgNode decl = at(cfg, CfgNode.Kind.STATEMENT, 3);
        assertEquals(FlagOperation.Kind.ASSIGN_OR, decl.flagOperations().get(0).kind());
        assertEquals(List.of("gup_flags", "FOLL_GET"), decl.flagOperations().get(0).operands());
        FlagOperation arg = at(cfg, CfgNode.Kind.STATEMENT, 4).flagOperations().get(0);
        assertEquals(FlagOperation.Kind.ARGUMENT_OR, arg.kind());
        assertEquals("gup_pgd_range", arg.callee());
        assertEquals(2, arg.argumentIndex());
        assertEquals(FlagOperation.Kind.CLEAR, at(cfg, CfgNode.Kind.STATEMENT, 5).flagOperations().get(0).kind());
        FlagOperation ret = at(cfg, CfgNode.Kind.RETURN, 6).flagOperations().get(0);
        assertEquals(FlagOperation.Kind.RETURN_OR, ret.kind());
        assertTrue(ret.involves("FOLL_WRITE"));

        Cfg nested = cfgOf("""
                void g(void)
                {
                	a(b(1), c(d()));
                }
                """);
        assertEquals(List.of("b", "d", "c", "a"), at(nested, CfgNode.Kind.STATEMENT, 3).calls().stream().map(CallSite::callee).toList());
    }

    @Test
    void dominatingOutcomesDoNotLeakThroughLoops() throws Exception {
        Cfg cfg = cfgOf("""
                void f(struct page *page, int n)
                {
                	do {
                		if (huge(vma))
                			flags |= FOLL_WRITE;
                		page = lookup(flags);
                		if (PageAnon(page) && cow(vma)) {
                			flags |= FOLL_WRITE;
                			continue;
                		}
                	} while (--n);
                }
                """);
        CfgNode first = at(cfg, CfgNode.Kind.STATEMENT, 5);
        CfgNode second = at(cfg, CfgNode.Kind.STATEMENT, 8);
        Set<String> firstHolds = cfg.dominatingOutcomes(first).stream()
                .map(cd -> ExprText.of(cd.branch().expression()) + "=" + cd.kind()).collect(Collectors.toSet());
        Set<String> secondHolds = cfg.dominatingOutcomes(second).stream()
                .map(cd -> ExprText.of(cd.branch().expression()) + "=" + cd.kind()).collect(Collectors.toSet());
        assertEquals(Set.of("huge(vma)=TRUE"), firstHolds);
        assertEquals(Set.of("PageAnon(page)=TRUE", "cow(vma)=TRUE"), secondHolds);
        // transitive control dependence, by contrast, reaches the loop condition
        assertTrue(cfg.governingConditions(first).stream().anyMatch(cd -> ExprText.of(cd.branch().expression()).equals("--n")));
    }
}
