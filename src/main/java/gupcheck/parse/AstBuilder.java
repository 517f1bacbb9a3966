package gupcheck.parse;

import gupcheck.parse.antlr.KernelCParser;
import gupcheck.parse.antlr.KernelCParser.*;
import gupcheck.parse.ast.Expr;
import gupcheck.parse.ast.FunctionDef;
import gupcheck.parse.ast.Parameter;
import gupcheck.parse.ast.Stmt;
import gupcheck.parse.ast.Variable;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns one parsed chunk into gupcheck's own small AST; the parse tree is dropped afterwards. */
final class AstBuilder {

    private final String file;

    AstBuilder(String file) {
        this.file = file;
    }

    List<FunctionDef> functions(ChunkContext chunk) {
        List<FunctionDef> functions = new ArrayList<>();
        for (ExternalDeclarationContext item : chunk.externalDeclaration()) {
            FunctionOrDeclarationContext decl = item.functionOrDeclaration();
            if (decl != null && decl.functionBody() != null) {
                functions.add(function(decl));
            }
            MacroItemContext macro = item.macroItem();
            if (macro != null && macro.compoundStatement() != null) {
                Block body = block(macro.compoundStatement());
                functions.add(new FunctionDef(file, macro.Identifier().getText(), line(macro), body.endLine(),
                        "", List.of(), false, true, body.block()));
            }
        }
        return functions;
    }

    private record Block(Stmt.Block block, int endLine) { }

    private FunctionDef function(FunctionOrDeclarationContext decl) {
        DirectDeclaratorContext named = namedDeclarator(decl.declarator());
        String name = named.Identifier().getText();
        List<Parameter> parameters = new ArrayList<>();
        for (DeclaratorSuffixContext suffix : named.declaratorSuffix()) {
            if (suffix.LeftParen() != null) {
                if (suffix.parameterList() != null) {
                    for (ParameterContext p : suffix.parameterList().parameter()) {
                        parameters.add(parameter(p));
                    }
                }
                break;
            }
        }
        boolean isStatic = decl.declarationSpecifiers().declarationSpecifier().stream()
                .anyMatch(s -> s.storageClassSpecifier() != null && s.storageClassSpecifier().Static() != null);
        String returnType = text(decl.declarationSpecifiers());
        Block body = block(decl.functionBody().compoundStatement());
        return new FunctionDef(file, name, named.Identifier().getSymbol().getLine(), body.endLine(), returnType,
                List.copyOf(parameters), isStatic, false, body.block());
    }

    /** The direct declarator that carries the name: int (*foo(void))(int) names foo. */
    private static DirectDeclaratorContext namedDeclarator(DeclaratorContext declarator) {
        DirectDeclaratorContext direct = declarator.directDeclarator();
        while (direct.Identifier() == null) {
            direct = direct.declarator().directDeclarator();
        }
        return direct;
    }

    private Parameter parameter(ParameterContext p) {
        if (p.assignmentExpression() != null) {
            return new Parameter(line(p), p.getText(), "");
        }
        if (p.declarator() != null) {
            DirectDeclaratorContext named = namedDeclarator(p.declarator());
            String name = named.Identifier().getText();
            return new Parameter(line(p), name, textWithout(p, named.Identifier().getSymbol()));
        }
        return new Parameter(line(p), null, text(p));
    }

    private Block block(CompoundStatementContext ctx) {
        List<Stmt> statements = new ArrayList<>(ctx.blockItem().size());
        for (BlockItemContext item : ctx.blockItem()) {
            Stmt s = blockItem(item);
            if (s != null) {
                statements.add(s);
            }
        }
        int endLine = ctx.stop.getLine();
        return new Block(new Stmt.Block(line(ctx), endLine, List.copyOf(statements)), endLine);
    }

    private Stmt blockItem(BlockItemContext item) {
        if (item.declaration() != null) {
            return declaration(item.declaration());
        }
        if (item.statement() != null) {
            return statement(item.statement());
        }
        if (item.labelItem() != null) {
            return new Stmt.Labeled(line(item), item.labelItem().labelName().getText());
        }
        if (item.caseItem() != null) {
            CaseItemContext c = item.caseItem();
            if (c.Default() != null) {
                return new Stmt.Default(line(item));
            }
            List<ConditionalExpressionContext> bounds = c.conditionalExpression();
            return new Stmt.Case(line(item), conditional(bounds.get(0)),
                    bounds.size() > 1 ? conditional(bounds.get(1)) : null);
        }
        return new Stmt.Empty(line(item));
    }

    private Stmt.Declaration declaration(DeclarationContext ctx) {
        List<Variable> variables = new ArrayList<>();
        String specifiers = text(ctx.declarationSpecifiers());
        if (ctx.initDeclaratorList() != null) {
            for (InitDeclaratorContext init : ctx.initDeclaratorList().initDeclarator()) {
                variables.add(variable(specifiers, init.declarator(), init.initializer()));
            }
        }
        return new Stmt.Declaration(line(ctx), List.copyOf(variables));
    }

    private Variable variable(String specifiers, DeclaratorContext declarator, InitializerContext init) {
        DirectDeclaratorContext named = namedDeclarator(declarator);
        String pointerPart = textWithout(declarator, named.Identifier().getSymbol());
        String type = pointerPart.isEmpty() ? specifiers : specifiers + " " + pointerPart;
        return new Variable(named.Identifier().getSymbol().getLine(), named.Identifier().getText(), type,
                init == null ? null : initializer(init));
    }

    private Stmt statement(StatementContext ctx) {
        ParseTree child = ctx.getChild(0);
        int line = line(ctx);
        if (child instanceof CompoundStatementContext c) {
            return block(c).block();
        }
        if (child instanceof ExpressionStatementContext e) {
            return e.expression() == null ? new Stmt.Empty(line) : new Stmt.ExprStmt(line, expression(e.expression()));
        }
        if (child instanceof IfStatementContext s) {
            return new Stmt.If(line, expression(s.expression()), statement(s.statement(0)),
                    s.statement().size() > 1 ? statement(s.statement(1)) : null);
        }
        if (child instanceof SwitchStatementContext s) {
            return new Stmt.Switch(line, expression(s.expression()), statement(s.statement()));
        }
        if (child instanceof WhileStatementContext s) {
            return new Stmt.While(line, expression(s.expression()), statement(s.statement()));
        }
        if (child instanceof DoStatementContext s) {
            Expr condition = s.expression() != null ? expression(s.expression())
                    : new Expr.Call(line(s), new Expr.Identifier(line(s), s.Identifier().getText()), arguments(s.argumentList()));
            return new Stmt.DoWhile(line, statement(s.statement()), condition);
        }
        if (child instanceof ForStatementContext s) {
            return forStatement(s);
        }
        if (child instanceof IteratorStatementContext s) {
            return new Stmt.IteratorLoop(line, s.IteratorName().getText(), arguments(s.argumentList()),
                    statement(s.statement()));
        }
        if (child instanceof GotoStatementContext s) {
            return s.labelName() != null ? new Stmt.Goto(line, s.labelName().getText())
                    : new Stmt.ComputedGoto(line, expression(s.expression()));
        }
        if (child instanceof ContinueStatementContext) {
            return new Stmt.Continue(line);
        }
        if (child instanceof BreakStatementContext) {
            return new Stmt.Break(line);
        }
        if (child instanceof ReturnStatementContext s) {
            return new Stmt.Return(line, s.expression() == null ? null : expression(s.expression()));
        }
        if (child instanceof AsmStatementContext s) {
            return new Stmt.Asm(line, text(s));
        }
        throw new IllegalStateException("unhandled statement at line " + line);
    }

    private Stmt forStatement(ForStatementContext s) {
        Stmt init = null;
        List<ExpressionContext> expressions = new ArrayList<>(s.expression());
        Expr condition = null;
        Expr step = null;
        // The header's three parts are told apart by where the semicolons fall.
        int semicolonsSeen = s.declaration() != null ? 1 : 0;
        if (s.declaration() != null) {
            init = declaration(s.declaration());
        }
        int next = 0;
        for (int i = 0; i < s.getChildCount(); i++) {
            ParseTree c = s.getChild(i);
            if (c instanceof TerminalNode t && t.getSymbol().getType() == KernelCParser.Semi) {
                semicolonsSeen++;
            } else if (c instanceof ExpressionContext e) {
                Expr expr = expression(expressions.get(next++));
                if (semicolonsSeen == 0) {
                    init = new Stmt.ExprStmt(line(e), expr);
                } else if (semicolonsSeen == 1) {
                    condition = expr;
                } else {
                    step = expr;
                }
            }
        }
        return new Stmt.For(line(s), init, condition, step, statement(s.statement()));
    }

    // ------------------------------------------------------------------ expressions

    private Expr expression(ExpressionContext ctx) {
        List<AssignmentExpressionContext> parts = ctx.assignmentExpression();
        if (parts.size() == 1) {
            return assignment(parts.get(0));
        }
        List<Expr> exprs = new ArrayList<>(parts.size());
        for (AssignmentExpressionContext p : parts) {
            exprs.add(assignment(p));
        }
        return new Expr.Comma(line(ctx), List.copyOf(exprs));
    }

    private Expr assignment(AssignmentExpressionContext ctx) {
        Expr left = conditional(ctx.conditionalExpression());
        if (ctx.assignmentOperator() == null) {
            return left;
        }
        Expr value = ctx.assignmentExpression() != null ? assignment(ctx.assignmentExpression())
                : braceInitializer(ctx.braceInitializer());
        return new Expr.Assign(line(ctx), ctx.assignmentOperator().getText(), left, value);
    }

    private Expr conditional(ConditionalExpressionContext ctx) {
        Expr condition = binary(ctx.logicalOrExpression());
        if (ctx.Question() == null) {
            return condition;
        }
        return new Expr.Conditional(line(ctx), condition, ctx.expression() == null ? null : expression(ctx.expression()),
                conditional(ctx.conditionalExpression()));
    }

    /** All binary levels share one shape: operand (operator operand)*, left-associative. */
    private Expr binary(ParserRuleContext ctx) {
        if (ctx instanceof CastExpressionContext cast) {
            return cast(cast);
        }
        Expr result = null;
        String pendingOperator = null;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TerminalNode t) {
                pendingOperator = t.getText();
            } else {
                Expr operand = binary((ParserRuleContext) c);
                result = result == null ? operand
                        : new Expr.Binary(result.line(), pendingOperator, result, operand);
            }
        }
        return result;
    }

    private Expr cast(CastExpressionContext ctx) {
        if (ctx.unaryExpression() != null) {
            return unary(ctx.unaryExpression());
        }
        String type = text(ctx.typeName());
        if (ctx.castExpression() != null) {
            return new Expr.Cast(line(ctx), type, cast(ctx.castExpression()));
        }
        Expr literal = new Expr.CompoundLiteral(line(ctx), type, braceInitializer(ctx.braceInitializer()));
        for (PostfixSuffixContext suffix : ctx.postfixSuffix()) {
            literal = postfix(literal, suffix);
        }
        return literal;
    }

    private Expr unary(UnaryExpressionContext ctx) {
        int line = line(ctx);
        if (ctx instanceof PostfixUnaryContext p) {
            Expr result = primary(p.postfixExpression().primaryExpression());
            for (PostfixSuffixContext suffix : p.postfixExpression().postfixSuffix()) {
                result = postfix(result, suffix);
            }
            return result;
        }
        if (ctx instanceof PreIncrementContext p) {
            return new Expr.Unary(line, p.getChild(0).getText(), unary(p.unaryExpression()), false);
        }
        if (ctx instanceof PrefixOperatorContext p) {
            return new Expr.Unary(line, p.getChild(0).getText(), cast(p.castExpression()), false);
        }
        if (ctx instanceof SizeofTypeContext p) {
            return new Expr.SizeOf(line, "sizeof", text(p.typeName()), null);
        }
        if (ctx instanceof SizeofExpressionContext p) {
            return new Expr.SizeOf(line, "sizeof", null, unary(p.unaryExpression()));
        }
        if (ctx instanceof AlignofTypeContext p) {
            return p.typeName() != null ? new Expr.SizeOf(line, "alignof", text(p.typeName()), null)
                    : new Expr.SizeOf(line, "alignof", null, expression(p.expression()));
        }
        if (ctx instanceof LabelAddressContext p) {
            return new Expr.LabelAddress(line, p.labelName().getText());
        }
        if (ctx instanceof ExtensionExpressionContext p) {
            return cast(p.castExpression());
        }
        throw new IllegalStateException("unhandled unary expression at line " + line);
    }

    private Expr postfix(Expr base, PostfixSuffixContext suffix) {
        int line = line(suffix);
        if (suffix instanceof IndexSuffixContext s) {
            return new Expr.Index(line, base, expression(s.expression()));
        }
        if (suffix instanceof CallSuffixContext s) {
            return new Expr.Call(base.line(), base, arguments(s.argumentList()));
        }
        if (suffix instanceof MemberSuffixContext s) {
            return new Expr.Member(line, base, s.memberName().getText(), s.Arrow() != null);
        }
        return new Expr.Unary(line, suffix.getText(), base, true);
    }

    private List<Expr> arguments(ArgumentListContext list) {
        if (list == null) {
            return List.of();
        }
        List<Expr> args = new ArrayList<>(list.argument().size());
        for (ArgumentContext a : list.argument()) {
            if (a.typeName() != null) {
                args.add(new Expr.TypeArgument(line(a), text(a.typeName())));
            } else if (a.bareOperator() != null) {
                args.add(new Expr.Literal(line(a), a.bareOperator().getText()));
            } else {
                args.add(assignment(a.assignmentExpression()));
            }
        }
        return List.copyOf(args);
    }

    private Expr primary(PrimaryExpressionContext ctx) {
        int line = line(ctx);
        if (ctx instanceof IdentifierPrimaryContext p) {
            return new Expr.Identifier(line, p.getText());
        }
        if (ctx instanceof ConstantPrimaryContext || ctx instanceof StringPrimaryContext) {
            return new Expr.Literal(line, text(ctx));
        }
        if (ctx instanceof StatementExpressionContext p) {
            return new Expr.StatementExpr(line, block(p.compoundStatement()).block());
        }
        if (ctx instanceof ParenthesizedContext p) {
            return expression(p.expression());
        }
        if (ctx instanceof CodeMacroPrimaryContext p) {
            // code passed as a macro argument is not modelled: the call itself stays visible
            return new Expr.Call(line, new Expr.Identifier(line, p.CodeMacro().getText()), List.of());
        }
        if (ctx instanceof GenericSelectionContext p) {
            List<Expr> args = new ArrayList<>();
            args.add(assignment(p.assignmentExpression()));
            for (GenericAssociationContext g : p.genericAssociation()) {
                args.add(assignment(g.assignmentExpression()));
            }
            return new Expr.Call(line, new Expr.Identifier(line, "_Generic"), List.copyOf(args));
        }
        throw new IllegalStateException("unhandled primary expression at line " + line);
    }

    private Expr initializer(InitializerContext ctx) {
        return ctx.assignmentExpression() != null ? assignment(ctx.assignmentExpression())
                : braceInitializer(ctx.braceInitializer());
    }

    private Expr.InitList braceInitializer(BraceInitializerContext ctx) {
        List<Expr.InitItem> items = new ArrayList<>(ctx.designatedInitializer().size());
        for (DesignatedInitializerContext d : ctx.designatedInitializer()) {
            String designator = d.designation() == null ? null : text(d.designation());
            items.add(new Expr.InitItem(designator, initializer(d.initializer())));
        }
        return new Expr.InitList(line(ctx), List.copyOf(items));
    }

    // ------------------------------------------------------------------ text helpers

    private static int line(ParserRuleContext ctx) {
        return ctx.start.getLine();
    }

    /** Source text of a rule with single spaces between tokens. */
    static String text(ParserRuleContext ctx) {
        return textWithout(ctx, null);
    }

    private static String textWithout(ParserRuleContext ctx, Token skipped) {
        StringBuilder out = new StringBuilder();
        appendTokens(ctx, skipped, out);
        return out.toString();
    }

    private static void appendTokens(ParseTree node, Token skipped, StringBuilder out) {
        if (node instanceof TerminalNode t) {
            Token token = t.getSymbol();
            if (token != skipped && token.getType() != Token.EOF) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(token.getText());
            }
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            appendTokens(node.getChild(i), skipped, out);
        }
    }
}
