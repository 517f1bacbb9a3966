package gupcheck.cpp;

/**
 * A parsed {@code #if} expression. Parsing and evaluation are separate so that a
 * syntax error is reported even in an operand that short-circuiting would skip,
 * exactly as cpp does.
 */
interface Expr {
    CppValue evaluate(SymbolLookup symbols);

    record Constant(CppValue value) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            return value;
        }
    }

    record Identifier(String name) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            return symbols.lookup(name).value();
        }
    }

    record Defined(String name) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            return CppValue.of(symbols.lookup(name).defined());
        }
    }

    record KconfigTest(KconfigMacro macro, String option) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            return CppValue.of(macro.test(option, symbols));
        }
    }

    /** A function-like macro call whose expansion we cannot know, e.g. {@code __has_attribute(x)}. */
    record OpaqueCall(String name) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            return CppValue.UNKNOWN;
        }
    }

    record Unary(UnaryOperator operator, Expr operand) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            return operator.apply(operand.evaluate(symbols));
        }
    }

    record Binary(BinaryOperator operator, Expr left, Expr right) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            return operator.apply(left.evaluate(symbols), right.evaluate(symbols));
        }
    }

    record LogicalAnd(Expr left, Expr right) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            Truth first = left.evaluate(symbols).truth();
            if (first == Truth.FALSE) {
                return CppValue.ZERO;
            }
            return CppValue.of(first.and(right.evaluate(symbols).truth()));
        }
    }

    record LogicalOr(Expr left, Expr right) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            Truth first = left.evaluate(symbols).truth();
            if (first == Truth.TRUE) {
                return CppValue.ONE;
            }
            return CppValue.of(first.or(right.evaluate(symbols).truth()));
        }
    }

    record Conditional(Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {
        @Override
        public CppValue evaluate(SymbolLookup symbols) {
            switch (condition.evaluate(symbols).truth()) {
                case TRUE:
                    return whenTrue.evaluate(symbols);
                case FALSE:
                    return whenFalse.evaluate(symbols);
                default:
                    CppValue a = whenTrue.evaluate(symbols);
                    CppValue b = whenFalse.evaluate(symbols);
                    return a.sameAs(b) ? a : CppValue.UNKNOWN;
            }
        }
    }
}
