package gupcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.FunctionDef;
import gupcheck.parse.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AST the later stages read: shapes and lines of the constructs the rule depends on. */
class AstShapeTest {

    private static FunctionDef only(String source) throws Exception {
        ParsedFile parsed = new CFileParser(Configuration.allEnabled()).parse("t.c", source);
        assertEquals(List.of(), parsed.unparsed());
        assertEquals(1, parsed.functions().size());
        return parsed.functions().get(0);
    }

    @Test
    void functionSignature() throws Exception {
        FunctionDef f = only("""
                static long __get_user_pages(struct task_struct *tsk, struct mm_struct *mm,
                		unsigned long start, unsigned int gup_flags, struct page **pages)
                {
                	return 0;
                }
                """);
        assertEquals("__get_user_pages", f.name());
        assertEquals(1, f.line());
        assertEquals(5, f.endLine());
        assertTrue(f.isStatic());
        assertEquals(List.of("tsk", "mm", "start", "gup_flags", "pages"),
                f.parameters().stream().map(p -> p.name()).toList());
        assertEquals("struct page * *", f.parameters().get(4).type());
        assertEquals(2, f.parameters().get(2).line());
    }

    @Test
    void flagOperationsAndCalls() throws Exception {
        FunctionDef f = only("""
                static void f(struct vm_area_struct *vma, unsigned int foll_flags)
                {
                	if (should_force_cow_break(vma, foll_flags))
                		foll_flags |= FOLL_WRITE;
                	page = follow_page_mask(vma, start, foll_flags | FOLL_GET, &ctx);
                }
                """);
        List<Stmt> body = f.body().statements();
        Stmt.If guard = assertInstanceOf(Stmt.If.class, body.get(0));
        Expr.Call condition = assertInstanceOf(Expr.Call.class, guard.condition());
        assertEquals("should_force_cow_break", condition.calleeName());
        assertEquals(3, guard.line());
        Expr.Assign forcing = assertInstanceOf(Expr.Assign.class,
                assertInstanceOf(Stmt.ExprStmt.class, guard.thenBranch()).expression());
        assertEquals("|=", forcing.operator());
        assertEquals(new Expr.Identifier(4, "foll_flags"), forcing.target());
        assertEquals(new Expr.Identifier(4, "FOLL_WRITE"), forcing.value());
        assertEquals(4, forcing.line());
        assertNull(guard.elseBranch());

        Expr.Assign lookup = assertInstanceOf(Expr.Assign.class,
                assertInstanceOf(Stmt.ExprStmt.class, body.get(1)).expression());
        Expr.Call call = assertInstanceOf(Expr.Call.class, lookup.value());
        assertEquals("follow_page_mask", call.calleeName());
        Expr.Binary flags = assertInstanceOf(Expr.Binary.class, call.arguments().get(2));
        assertEquals("|", flags.operator());
        assertEquals(new Expr.Unary(5, "&", new Expr.Identifier(5, "ctx"), false), call.arguments().get(3));
    }

    @Test
    void gotoLoopsLabelsAndSwitch() throws Exception {
        FunctionDef f = only("""
                static int f(int ret)
                {
                retry:
                	page = lookup();
                	if (!page) {
                		switch (ret) {
                		case 0:
                			goto retry;
                		case 1 ... 3:
                			fallthrough;
                		default:
                			return ret;
                		}
                	}
                	return 0;
                }
                """);
        assertEquals(new Stmt.Labeled(3, "retry"), f.body().statements().get(0));
        assertInstanceOf(Stmt.ExprStmt.class, f.body().statements().get(1));
        Stmt.If check = assertInstanceOf(Stmt.If.class, f.body().statements().get(2));
        Stmt.Switch sw = assertInstanceOf(Stmt.Switch.class, ((Stmt.Block) check.thenBranch()).statements().get(0));
        List<Stmt> items = ((Stmt.Block) sw.body()).statements();
        assertEquals(new Stmt.Case(7, new Expr.Literal(7, "0"), null), items.get(0));
        assertEquals(new Stmt.Goto(8, "retry"), items.get(1));
        assertEquals(new Stmt.Case(9, new Expr.Literal(9, "1"), new Expr.Literal(9, "3")), items.get(2));
        assertInstanceOf(Stmt.ExprStmt.class, items.get(3));
        assertEquals(new Stmt.Default(11), items.get(4));
        assertInstanceOf(Stmt.Return.class, items.get(5));
    }

    @Test
    void iteratorMacrosBecomeLoops() throws Exception {
        FunctionDef f = only("""
                static void f(struct list_head *head)
                {
                	struct page *page;

                	list_for_each_entry(page, head, lru) {
                		put_page(page);
                	}
                	for_each_online_node(nid)
                		count++;
                }
                """);
        Stmt.IteratorLoop loop = assertInstanceOf(Stmt.IteratorLoop.class, f.body().statements().get(1));
        assertEquals("list_for_each_entry", loop.macro());
        assertEquals(3, loop.arguments().size());
        assertInstanceOf(Stmt.Block.class, loop.body());
        Stmt.IteratorLoop single = assertInstanceOf(Stmt.IteratorLoop.class, f.body().statements().get(2));
        assertInstanceOf(Stmt.ExprStmt.class, single.body());
    }

    @Test
    void typesAsMacroArgumentsAndDeclarations() throws Exception {
        FunctionDef f = only("""
                static struct page *f(struct list_head *lru)
                {
                	pte_t *ptep = NULL, entry;
                	struct page *page = list_first_entry(lru, struct page, lru);
                	unsigned long n = min_t(unsigned long, a, b);
                	return page;
                }
                """);
        Stmt.Declaration ptes = assertInstanceOf(Stmt.Declaration.class, f.body().statements().get(0));
        assertEquals(List.of("ptep", "entry"), ptes.variables().stream().map(v -> v.name()).toList());
        assertEquals("pte_t *", ptes.variables().get(0).type());
        Stmt.Declaration page = assertInstanceOf(Stmt.Declaration.class, f.body().statements().get(1));
        Expr.Call call = assertInstanceOf(Expr.Call.class, page.variables().get(0).initializer());
        assertEquals(new Expr.TypeArgument(4, "struct page"), call.arguments().get(1));
        Stmt.Declaration n = assertInstanceOf(Stmt.Declaration.class, f.body().statements().get(2));
        Expr.Call minT = assertInstanceOf(Expr.Call.class, n.variables().get(0).initializer());
        assertEquals("min_t", minT.calleeName());
        assertEquals(new Expr.TypeArgument(5, "unsigned long"), minT.arguments().get(0));
    }

    @Test
    void multiplicationStaysAnExpression() throws Exception {
        FunctionDef f = only("""
                static unsigned long f(unsigned long nr, unsigned long size)
                {
                	unsigned long total;

                	total = nr * size;
                	return (unsigned long)total * 2;
                }
                """);
        Expr.Assign assign = assertInstanceOf(Expr.Assign.class,
                assertInstanceOf(Stmt.ExprStmt.class, f.body().statements().get(1)).expression());
        assertEquals("*", assertInstanceOf(Expr.Binary.class, assign.value()).operator());
        Stmt.Return ret = assertInstanceOf(Stmt.Return.class, f.body().statements().get(2));
        Expr.Binary product = assertInstanceOf(Expr.Binary.class, ret.value());
        assertInstanceOf(Expr.Cast.class, product.left());
    }

    @Test
    void statementExpressionsAndConditionals() throws Exception {
        FunctionDef f = only("""
                static int f(int a, int b)
                {
                	int m = ({ int __x = a; __x > b ? __x : b; });
                	return m ?: -1;
                }
                """);
        Stmt.Declaration decl = assertInstanceOf(Stmt.Declaration.class, f.body().statements().get(0));
        Expr.StatementExpr se = assertInstanceOf(Expr.StatementExpr.class, decl.variables().get(0).initializer());
        assertEquals(2, se.block().statements().size());
        Expr.Conditional elvis = assertInstanceOf(Expr.Conditional.class,
                assertInstanceOf(Stmt.Return.class, f.body().statements().get(1)).value());
        assertNull(elvis.whenTrue());
    }

    @Test
    void annotationMacrosAreInvisible() throws Exception {
        FunctionDef f = only("""
                static noinline int __must_check __init f(void __user *p) __releases(&mm->lock)
                {
                	return 0;
                }
                """);
        assertEquals("f", f.name());
        assertEquals("void *", f.parameters().get(0).type());
        assertFalse(f.returnType().contains("__init"));
    }
}
