package gupcheck.cpp;

import java.util.Locale;

/** Interprets C integer constants (decimal, hex, octal, GNU binary; u/l suffixes) as cpp does. */
final class IntegerLiteral {
    private IntegerLiteral() {
    }

    static CppValue parse(String text) throws ExpressionSyntaxException {
        int suffixStart = text.length();
        while (suffixStart > 0 && "uUlL".indexOf(text.charAt(suffixStart - 1)) >= 0) {
            suffixStart--;
        }
        String suffix = text.substring(suffixStart).toLowerCase(Locale.ROOT);
        if (!isValidSuffix(suffix)) {
            throw invalid(text);
        }
        String digits = text.substring(0, suffixStart);
        int radix = 10;
        if (digits.length() > 2 && digits.charAt(0) == '0' && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X')) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.length() > 2 && digits.charAt(0) == '0' && (digits.charAt(1) == 'b' || digits.charAt(1) == 'B')) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.charAt(0) == '0') {
            radix = 8;
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || !allDigits(digits, radix)) {
            throw invalid(text);
        }
        long bits;
        try {
            bits = Long.parseUnsignedLong(digits, radix);
        } catch (NumberFormatException tooLarge) {
            throw new ExpressionSyntaxException("integer constant '" + text + "' is too large");
        }
        // Like cpp: a constant that does not fit intmax_t is taken as unsigned.
        boolean unsigned = suffix.contains("u") || bits < 0;
        return unsigned ? CppValue.unsigned(bits) : CppValue.signed(bits);
    }

    private static boolean isValidSuffix(String suffix) {
        return switch (suffix) {
            case "", "u", "l", "ul", "lu", "ll", "ull", "llu" -> true;
            default -> false;
        };
    }

    private static boolean allDigits(String digits, int radix) {
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return false;
            }
        }
        return true;
    }

    private static ExpressionSyntaxException invalid(String text) {
        return new ExpressionSyntaxException("invalid integer constant '" + text + "'");
    }
}
