package gupcheck.parse.codec;

import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.FunctionDef;
import gupcheck.parse.ast.Parameter;
import gupcheck.parse.ast.Stmt;
import gupcheck.parse.ast.Variable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Function definitions to bytes and back: one tag byte per node, then its fields in declaration
 * order. The tags are this format's own; a new node type needs a new tag here and in the
 * round-trip test, which compares whole trees of real files.
 */
final class AstCodec {

    /** Deeper than any tree the parser builds from real code; beyond it the bytes are damaged. */
    private static final int MAX_DEPTH = 4_000;

    private final BinaryOut out;
    private final BinaryIn in;
    private int depth;

    private AstCodec(BinaryOut out, BinaryIn in) {
        this.out = out;
        this.in = in;
    }

    static AstCodec writer(BinaryOut out) {
        return new AstCodec(out, null);
    }

    static AstCodec reader(BinaryIn in) {
        return new AstCodec(null, in);
    }

    // ---- writing ----

    void writeFunction(FunctionDef f) {
        out.writeString(f.file());
        out.writeString(f.name());
        writeLine(f.line());
        writeLine(f.endLine());
        out.writeString(f.returnType());
        out.writeVarint(f.parameters().size());
        for (Parameter p : f.parameters()) {
            writeLine(p.line());
            out.writeString(p.name());
            out.writeString(p.type());
        }
        out.writeBoolean(f.isStatic());
        out.writeBoolean(f.macroDefined());
        writeStmt(f.body());
    }

    private void writeLine(int line) {
        out.writeSignedVarint(line);
    }

    private void writeStmts(List<? extends Stmt> statements) {
        out.writeVarint(statements.size());
        statements.forEach(this::writeStmt);
    }

    private void writeExprs(List<Expr> expressions) {
        out.writeVarint(expressions.size());
        expressions.forEach(this::writeExpr);
    }

    private void writeStmt(Stmt s) {
        if (s == null) {
            out.writeByte(0);
        } else if (s instanceof Stmt.Block b) {
            out.writeByte(1);
            writeLine(b.line());
            writeLine(b.endLine());
            writeStmts(b.statements());
        } else if (s instanceof Stmt.ExprStmt e) {
            out.writeByte(2);
            writeLine(e.line());
            writeExpr(e.expression());
        } else if (s instanceof Stmt.Declaration d) {
            out.writeByte(3);
            writeLine(d.line());
            out.writeVarint(d.variables().size());
            for (Variable v : d.variables()) {
                writeLine(v.line());
                out.writeString(v.name());
                out.writeString(v.type());
                writeExpr(v.initializer());
            }
        } else if (s instanceof Stmt.If i) {
            out.writeByte(4);
            writeLine(i.line());
            writeExpr(i.condition());
            writeStmt(i.thenBranch());
            writeStmt(i.elseBranch());
        } else if (s instanceof Stmt.While w) {
            out.writeByte(5);
            writeLine(w.line());
            writeExpr(w.condition());
            writeStmt(w.body());
        } else if (s instanceof Stmt.DoWhile d) {
            out.writeByte(6);
            writeLine(d.line());
            writeStmt(d.body());
            writeExpr(d.condition());
        } else if (s instanceof Stmt.For f) {
            out.writeByte(7);
            writeLine(f.line());
            writeStmt(f.init());
            writeExpr(f.condition());
            writeExpr(f.step());
            writeStmt(f.body());
        } else if (s instanceof Stmt.Switch w) {
            out.writeByte(8);
            writeLine(w.line());
            writeExpr(w.selector());
            writeStmt(w.body());
        } else if (s instanceof Stmt.Case c) {
            out.writeByte(9);
            writeLine(c.line());
            writeExpr(c.low());
            writeExpr(c.high());
        } else if (s instanceof Stmt.Default d) {
            out.writeByte(10);
            writeLine(d.line());
        } else if (s instanceof Stmt.Labeled l) {
            out.writeByte(11);
            writeLine(l.line());
            out.writeString(l.label());
        } else if (s instanceof Stmt.Goto g) {
            out.writeByte(12);
            writeLine(g.line());
            out.writeString(g.label());
        } else if (s instanceof Stmt.ComputedGoto g) {
            out.writeByte(13);
            writeLine(g.line());
            writeExpr(g.target());
        } else if (s instanceof Stmt.Break b) {
            out.writeByte(14);
            writeLine(b.line());
        } else if (s instanceof Stmt.Continue c) {
            out.writeByte(15);
            writeLine(c.line());
        } else if (s instanceof Stmt.Return r) {
            out.writeByte(16);
            writeLine(r.line());
            writeExpr(r.value());
        } else if (s instanceof Stmt.IteratorLoop l) {
            out.writeByte(17);
            writeLine(l.line());
            out.writeString(l.macro());
            writeExprs(l.arguments());
            writeStmt(l.body());
        } else if (s instanceof Stmt.Asm a) {
            out.writeByte(18);
            writeLine(a.line());
            out.writeString(a.text());
        } else if (s instanceof Stmt.Empty e) {
            out.writeByte(19);
            writeLine(e.line());
        } else {
            throw new IllegalStateException("no tag for statement " + s.getClass().getName());
        }
    }

    private void writeExpr(Expr e) {
        if (e == null) {
            out.writeByte(0);
        } else if (e instanceof Expr.Identifier i) {
            out.writeByte(1);
            writeLine(i.line());
            out.writeString(i.name());
        } else if (e instanceof Expr.Literal l) {
            out.writeByte(2);
            writeLine(l.line());
            out.writeString(l.text());
        } else if (e instanceof Expr.Call c) {
            out.writeByte(3);
            writeLine(c.line());
            writeExpr(c.callee());
            writeExprs(c.arguments());
        } else if (e instanceof Expr.Member m) {
            out.writeByte(4);
            writeLine(m.line());
            writeExpr(m.base());
            out.writeString(m.name());
            out.writeBoolean(m.arrow());
        } else if (e instanceof Expr.Index i) {
            out.writeByte(5);
            writeLine(i.line());
            writeExpr(i.base());
            writeExpr(i.index());
        } else if (e instanceof Expr.Unary u) {
            out.writeByte(6);
            writeLine(u.line());
            out.writeString(u.operator());
            writeExpr(u.operand());
            out.writeBoolean(u.postfix());
        } else if (e instanceof Expr.Binary b) {
            out.writeByte(7);
            writeLine(b.line());
            out.writeString(b.operator());
            writeExpr(b.left());
            writeExpr(b.right());
        } else if (e instanceof Expr.Assign a) {
            out.writeByte(8);
            writeLine(a.line());
            out.writeString(a.operator());
            writeExpr(a.target());
            writeExpr(a.value());
        } else if (e instanceof Expr.Conditional c) {
            out.writeByte(9);
            writeLine(c.line());
            writeExpr(c.condition());
            writeExpr(c.whenTrue());
            writeExpr(c.whenFalse());
        } else if (e instanceof Expr.Cast c) {
            out.writeByte(10);
            writeLine(c.line());
            out.writeString(c.type());
            writeExpr(c.operand());
        } else if (e instanceof Expr.SizeOf s) {
            out.writeByte(11);
            writeLine(s.line());
            out.writeString(s.operator());
            out.writeString(s.type());
            writeExpr(s.operand());
        } else if (e instanceof Expr.Comma c) {
            out.writeByte(12);
            writeLine(c.line());
            writeExprs(c.expressions());
        } else if (e instanceof Expr.StatementExpr s) {
            out.writeByte(13);
            writeLine(s.line());
            writeStmt(s.block());
        } else if (e instanceof Expr.InitList l) {
            out.writeByte(14);
            writeInitList(l);
        } else if (e instanceof Expr.CompoundLiteral c) {
            out.writeByte(15);
            writeLine(c.line());
            out.writeString(c.type());
            out.writeBoolean(c.initializer() != null);
            if (c.initializer() != null) {
                writeInitList(c.initializer());
            }
        } else if (e instanceof Expr.TypeArgument t) {
            out.writeByte(16);
            writeLine(t.line());
            out.writeString(t.type());
        } else if (e instanceof Expr.LabelAddress l) {
            out.writeByte(17);
            writeLine(l.line());
            out.writeString(l.label());
        } else {
            throw new IllegalStateException("no tag for expression " + e.getClass().getName());
        }
    }

    private void writeInitList(Expr.InitList l) {
        writeLine(l.line());
        out.writeVarint(l.items().size());
        for (Expr.InitItem item : l.items()) {
            out.writeString(item.designator());
            writeExpr(item.value());
        }
    }

    // ---- reading ----

    FunctionDef readFunction() throws CodecException {
        String file = in.readString();
        String name = in.readString();
        int line = readLine();
        int endLine = readLine();
        String returnType = in.readString();
        Parameter[] parameters = new Parameter[in.readCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = new Parameter(readLine(), in.readString(), in.readString());
        }
        boolean isStatic = in.readBoolean();
        boolean macroDefined = in.readBoolean();
        Stmt body = readStmt();
        if (body != null && !(body instanceof Stmt.Block)) {
            throw new CodecException("function body is not a block");
        }
        return new FunctionDef(file, name, line, endLine, returnType, listOf(parameters), isStatic, macroDefined,
                (Stmt.Block) body);
    }

    private int readLine() throws CodecException {
        return in.readSignedVarint();
    }

    private List<Stmt> readStmts() throws CodecException {
        Stmt[] statements = new Stmt[in.readCount()];
        for (int i = 0; i < statements.length; i++) {
            statements[i] = readStmt();
        }
        return listOf(statements);
    }

    private List<Expr> readExprs() throws CodecException {
        Expr[] expressions = new Expr[in.readCount()];
        for (int i = 0; i < expressions.length; i++) {
            expressions[i] = readExpr();
        }
        return listOf(expressions);
    }

    private Stmt readStmt() throws CodecException {
        if (++depth > MAX_DEPTH) {
            throw new CodecException("tree deeper than " + MAX_DEPTH);
        }
        try {
            int tag = in.readByte();
            switch (tag) {
                case 0: return null;
                case 1: return new Stmt.Block(readLine(), readLine(), readStmts());
                case 2: return new Stmt.ExprStmt(readLine(), readExpr());
                case 3: {
                    int line = readLine();
                    Variable[] variables = new Variable[in.readCount()];
                    for (int i = 0; i < variables.length; i++) {
                        variables[i] = new Variable(readLine(), in.readString(), in.readString(), readExpr());
                    }
                    return new Stmt.Declaration(line, listOf(variables));
                }
                case 4: return new Stmt.If(readLine(), readExpr(), readStmt(), readStmt());
                case 5: return new Stmt.While(readLine(), readExpr(), readStmt());
                case 6: return new Stmt.DoWhile(readLine(), readStmt(), readExpr());
                case 7: return new Stmt.For(readLine(), readStmt(), readExpr(), readExpr(), readStmt());
                case 8: return new Stmt.Switch(readLine(), readExpr(), readStmt());
                case 9: return new Stmt.Case(readLine(), readExpr(), readExpr());
                case 10: return new Stmt.Default(readLine());
                case 11: return new Stmt.Labeled(readLine(), in.readString());
                case 12: return new Stmt.Goto(readLine(), in.readString());
                case 13: return new Stmt.ComputedGoto(readLine(), readExpr());
                case 14: return new Stmt.Break(readLine());
                case 15: return new Stmt.Continue(readLine());
                case 16: return new Stmt.Return(readLine(), readExpr());
                case 17: return new Stmt.IteratorLoop(readLine(), in.readString(), readExprs(), readStmt());
                case 18: return new Stmt.Asm(readLine(), in.readString());
                case 19: return new Stmt.Empty(readLine());
                default: throw new CodecException("unknown statement tag " + tag);
            }
        } finally {
            depth--;
        }
    }

    private Expr readExpr() throws CodecException {
        if (++depth > MAX_DEPTH) {
            throw new CodecException("tree deeper than " + MAX_DEPTH);
        }
        try {
            int tag = in.readByte();
            switch (tag) {
                case 0: return null;
                case 1: return new Expr.Identifier(readLine(), in.readString());
                case 2: return new Expr.Literal(readLine(), in.readString());
                case 3: return new Expr.Call(readLine(), readExpr(), readExprs());
                case 4: return new Expr.Member(readLine(), readExpr(), in.readString(), in.readBoolean());
                case 5: return new Expr.Index(readLine(), readExpr(), readExpr());
                case 6: return new Expr.Unary(readLine(), in.readString(), readExpr(), in.readBoolean());
                case 7: return new Expr.Binary(readLine(), in.readString(), readExpr(), readExpr());
                case 8: return new Expr.Assign(readLine(), in.readString(), readExpr(), readExpr());
                case 9: return new Expr.Conditional(readLine(), readExpr(), readExpr(), readExpr());
                case 10: return new Expr.Cast(readLine(), in.readString(), readExpr());
                case 11: return new Expr.SizeOf(readLine(), in.readString(), in.readString(), readExpr());
                case 12: return new Expr.Comma(readLine(), readExprs());
                case 13: {
                    int line = readLine();
                    Stmt block = readStmt();
                    if (block != null && !(block instanceof Stmt.Block)) {
                        throw new CodecException("statement expression without a block");
                    }
                    return new Expr.StatementExpr(line, (Stmt.Block) block);
                }
                case 14: return readInitList();
                case 15: {
                    int line = readLine();
                    String type = in.readString();
                    return new Expr.CompoundLiteral(line, type, in.readBoolean() ? readInitList() : null);
                }
                case 16: return new Expr.TypeArgument(readLine(), in.readString());
                case 17: return new Expr.LabelAddress(readLine(), in.readString());
                default: throw new CodecException("unknown expression tag " + tag);
            }
        } finally {
            depth--;
        }
    }

    private Expr.InitList readInitList() throws CodecException {
        int line = readLine();
        Expr.InitItem[] items = new Expr.InitItem[in.readCount()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new Expr.InitItem(in.readString(), readExpr());
        }
        return new Expr.InitList(line, listOf(items));
    }

    /** Unmodifiable like the parser's lists, but admitting the nulls some of them hold. */
    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        return items.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(items));
    }
}
