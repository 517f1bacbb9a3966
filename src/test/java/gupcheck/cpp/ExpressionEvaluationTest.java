package gupcheck.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expression semantics, checked directly on the parser and evaluator. U is an unknown symbol. */
class ExpressionEvaluationTest {
    private static final SymbolLookup SYMBOLS = name -> Map.of(
            "ONE", SymbolInfo.DEFINED_AS_ONE,
            "FOUR", SymbolInfo.definedAs(CppValue.signed(4)),
            "GONE", SymbolInfo.UNDEFINED,
            "STR", SymbolInfo.DEFINED_UNKNOWN_VALUE).getOrDefault(name, SymbolInfo.UNKNOWN);

    private static String evaluate(String expression) throws ExpressionSyntaxException {
        return ExpressionParser.parse(expression).evaluate(SYMBOLS).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "1 + 2 * 3 => 7",
        "(1 + 2) * 3 => 9",
        "10 - 4 - 3 => 3",
        "100 / 10 / 5 => 2",
        "17 % 5 => 2",
        "1 << 4 => 16",
        "-16 >> 2 => -4",
        "0x10 + 010 + 0b11 => 27",
        "0XfFUL => 255U",
        "4096ULL >> 12 => 1U",
        "~0 => -1",
        "-(3) => -3",
        "+5 => 5",
        "!5 => 0",
        "!0 => 1",
        "6 & 3 => 2",
        "6 ^ 3 => 5",
        "6 | 3 => 7",
        "1 | 2 ^ 3 & 4 => 3",
        "2 < 3 => 1",
        "3 <= 2 => 0",
        "3 > 2 == 1 => 1",
        "2 >= 3 => 0",
        "4 != 4 => 0",
        "-1 < 0 => 1",
        "-1 < 0U => 0",
        "0xffffffffffffffff > 0 => 1",
        "'A' => 65",
        "'\\n' + '\\0' + '\\x41' => 75",
        "1 ? 2 : 3 => 2",
        "0 ? 2 : 0 ? 3 : 4 => 4",
        "2 && 3 => 1",
        "0 || 7 => 1",
        "0 || 0 => 0",
    })
    void arithmeticFollowsC(String expression, String expected) throws Exception {
        assertEquals(expected, evaluate(expression));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "!U => UNKNOWN",
        "~U => UNKNOWN",
        "-U => UNKNOWN",
        "U && 0 => 0",
        "0 && U => 0",
        "U && 1 => UNKNOWN",
        "1 && U => UNKNOWN",
        "U || 1 => 1",
        "1 || U => 1",
        "U || 0 => UNKNOWN",
        "0 || U => UNKNOWN",
        "U + 1 => UNKNOWN",
        "U * 0 => UNKNOWN",
        "U == U => UNKNOWN",
        "U < 3 => UNKNOWN",
        "U ? 5 : 5 => 5",
        "U ? 5 : 6 => UNKNOWN",
        "1 ? U : 6 => UNKNOWN",
        "0 ? U : 6 => 6",
        "1 / 0 => UNKNOWN",
        "1 << 64 => UNKNOWN",
        "'ab' => UNKNOWN",
    })
    void unknownPropagatesWithKleeneLogic(String expression, String expected) throws Exception {
        assertEquals(expected, evaluate(expression));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "ONE => 1",
        "FOUR * 2 => 8",
        "GONE => 0",
        "STR => UNKNOWN",
        "U => UNKNOWN",
        "defined ONE => 1",
        "defined(GONE) => 0",
        "defined ( STR ) => 1",
        "defined U => UNKNOWN",
        "!defined(GONE) && defined ONE => 1",
        "__has_attribute(__fallthrough__) => UNKNOWN",
        "__has_include(<linux/foo.h>) => UNKNOWN",
        "__has_include(\"foo.h\") || 0 => UNKNOWN",
        "LINUX_VERSION_CODE >= KERNEL_VERSION(4, (1), 0) => UNKNOWN",
        "IS_ENABLED(ONE, FOUR) => UNKNOWN",
        "defined(GONE) && __has_builtin(x) => 0",
    })
    void identifiersDefinedAndCalls(String expression, String expected) throws Exception {
        assertEquals(expected, evaluate(expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "1 +", "(1", "1)", "1 2", "1.5", "09", "0x", "1UU", "defined", "defined(ONE", "defined 3",
        "foo(1, 2", "1 => 1", "1 ? 2", "'", "\"unterminated", "99999999999999999999", "a.b",
    })
    void malformedExpressionsAreRejected(String expression) {
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse(expression));
    }
}
