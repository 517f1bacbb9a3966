package gupcheck.cpp;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for {@code #if} expressions, with C operator precedence. */
final class ExpressionParser {
    private final ExpressionLexer lexer;
    private Token current;

    private ExpressionParser(String text) throws ExpressionSyntaxException {
        this.lexer = new ExpressionLexer(text);
        this.current = lexer.next();
    }

    static Expr parse(String text) throws ExpressionSyntaxException {
        ExpressionParser parser = new ExpressionParser(text);
        if (parser.current.kind() == Token.Kind.END) {
            throw new ExpressionSyntaxException("no expression");
        }
        Expr expression = parser.conditional();
        if (parser.current.kind() != Token.Kind.END) {
            throw new ExpressionSyntaxException("unexpected " + parser.current.describe());
        }
        return expression;
    }

    private void advance() throws ExpressionSyntaxException {
        current = lexer.next();
    }

    private void expect(String punctuator) throws ExpressionSyntaxException {
        if (!current.is(punctuator)) {
            throw new ExpressionSyntaxException("expected '" + punctuator + "' but found " + current.describe());
        }
        advance();
    }

    private Expr conditional() throws ExpressionSyntaxException {
        Expr condition = logicalOr();
        if (!current.is("?")) {
            return condition;
        }
        advance();
        Expr whenTrue = conditional();
        expect(":");
        Expr whenFalse = conditional();
        return new Expr.Conditional(condition, whenTrue, whenFalse);
    }

    private Expr logicalOr() throws ExpressionSyntaxException {
        Expr left = logicalAnd();
        while (current.is("||")) {
            advance();
            left = new Expr.LogicalOr(left, logicalAnd());
        }
        return left;
    }

    private Expr logicalAnd() throws ExpressionSyntaxException {
        Expr left = binary(BinaryOperator.LOWEST_PRECEDENCE);
        while (current.is("&&")) {
            advance();
            left = new Expr.LogicalAnd(left, binary(BinaryOperator.LOWEST_PRECEDENCE));
        }
        return left;
    }

    /** Precedence climbing over the left-associative operators of {@link BinaryOperator}. */
    private Expr binary(int minimumPrecedence) throws ExpressionSyntaxException {
        Expr left = unary();
        while (true) {
            BinaryOperator operator = BinaryOperator.forToken(current);
            if (operator == null || operator.precedence() < minimumPrecedence) {
                return left;
            }
            advance();
            left = new Expr.Binary(operator, left, binary(operator.precedence() + 1));
        }
    }

    private Expr unary() throws ExpressionSyntaxException {
        UnaryOperator operator = UnaryOperator.forToken(current);
        if (operator == null) {
            return primary();
        }
        advance();
        return new Expr.Unary(operator, unary());
    }

    private Expr primary() throws ExpressionSyntaxException {
        Token token = current;
        if (token.kind() == Token.Kind.NUMBER) {
            advance();
            return new Expr.Constant(token.value());
        }
        if (token.kind() == Token.Kind.IDENTIFIER) {
            advance();
            if (token.text().equals("defined")) {
                return defined();
            }
            return current.is("(") ? call(token.text()) : new Expr.Identifier(token.text());
        }
        if (token.is("(")) {
            advance();
            Expr inner = conditional();
            expect(")");
            return inner;
        }
        throw new ExpressionSyntaxException("expected an operand but found " + token.describe());
    }

    private Expr defined() throws ExpressionSyntaxException {
        boolean parenthesized = current.is("(");
        if (parenthesized) {
            advance();
        }
        if (current.kind() != Token.Kind.IDENTIFIER) {
            throw new ExpressionSyntaxException("operator 'defined' requires an identifier");
        }
        String name = current.text();
        advance();
        if (parenthesized) {
            expect(")");
        }
        return new Expr.Defined(name);
    }

    /** Arguments are skipped as balanced tokens: they need not be valid expressions. */
    private Expr call(String name) throws ExpressionSyntaxException {
        advance();
        List<Token> arguments = new ArrayList<>();
        int depth = 1;
        while (true) {
            if (current.kind() == Token.Kind.END) {
                throw new ExpressionSyntaxException("missing ')' in call to " + name);
            }
            if (current.is("(")) {
                depth++;
            } else if (current.is(")") && --depth == 0) {
                advance();
                break;
            }
            arguments.add(current);
            advance();
        }
        KconfigMacro macro = KconfigMacro.named(name);
        if (macro != null && arguments.size() == 1 && arguments.get(0).kind() == Token.Kind.IDENTIFIER) {
            return new Expr.KconfigTest(macro, arguments.get(0).text());
        }
        return new Expr.OpaqueCall(name);
    }
}
