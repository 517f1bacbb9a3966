package gupcheck.parse.ast;

import java.util.List;

/** Statements of a function body, each with the line it starts on. */
public sealed interface Stmt permits Stmt.Block, Stmt.ExprStmt, Stmt.Declaration, Stmt.If, Stmt.While,
        Stmt.DoWhile, Stmt.For, Stmt.Switch, Stmt.Case, Stmt.Default, Stmt.Labeled, Stmt.Goto,
        Stmt.ComputedGoto, Stmt.Break, Stmt.Continue, Stmt.Return, Stmt.IteratorLoop, Stmt.Asm, Stmt.Empty {

    int line();

    record Block(int line, int endLine, List<Stmt> statements) implements Stmt { }

    record ExprStmt(int line, Expr expression) implements Stmt { }

    record Declaration(int line, List<Variable> variables) implements Stmt { }

    record If(int line, Expr condition, Stmt thenBranch, Stmt elseBranch) implements Stmt { }

    record While(int line, Expr condition, Stmt body) implements Stmt { }

    record DoWhile(int line, Stmt body, Expr condition) implements Stmt { }

    /** {@code init} is a Declaration, an ExprStmt or null; condition and step may be null. */
    record For(int line, Stmt init, Expr condition, Expr step, Stmt body) implements Stmt { }

    record Switch(int line, Expr selector, Stmt body) implements Stmt { }

    /**
     * {@code case low:} or GNU {@code case low ... high:}. Like labels, case labels are markers
     * in their block; the statements after them follow in the same block.
     */
    record Case(int line, Expr low, Expr high) implements Stmt { }

    record Default(int line) implements Stmt { }

    /** A label {@code name:}, a marker in its block that goto jumps to. */
    record Labeled(int line, String label) implements Stmt { }

    record Goto(int line, String label) implements Stmt { }

    record ComputedGoto(int line, Expr target) implements Stmt { }

    record Break(int line) implements Stmt { }

    record Continue(int line) implements Stmt { }

    record Return(int line, Expr value) implements Stmt { }

    /** An iterator macro used as a loop header: {@code list_for_each_entry(pos, head, member) body}. */
    record IteratorLoop(int line, String macro, List<Expr> arguments, Stmt body) implements Stmt { }

    record Asm(int line, String text) implements Stmt { }

    record Empty(int line) implements Stmt { }
}
