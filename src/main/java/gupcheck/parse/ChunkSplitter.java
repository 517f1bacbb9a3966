package gupcheck.parse;

import gupcheck.parse.antlr.KernelCLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Cuts a file's tokens into top-level items (a function definition, a declaration, a macro
 * line) so each is parsed on its own: one construct the grammar cannot read costs that item
 * only. An item ends at a file-level ';', or at the '}' closing a body opened right after ')'
 * (a function or a SYSCALL_DEFINE-style macro body).
 */
final class ChunkSplitter {

    private ChunkSplitter() {
    }

    static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> chunks = new ArrayList<>();
        int start = 0;
        int braces = 0;
        int parens = 0;
        boolean bodyAfterParen = false;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int type = tokens.get(i).getType();
            switch (type) {
                case KernelCLexer.LeftParen -> parens++;
                case KernelCLexer.RightParen -> parens = Math.max(0, parens - 1);
                case KernelCLexer.LeftBrace -> {
                    if (braces == 0) {
                        bodyAfterParen = i > 0 && tokens.get(i - 1).getType() == KernelCLexer.RightParen;
                    }
                    braces++;
                }
                case KernelCLexer.RightBrace -> {
                    braces = Math.max(0, braces - 1);
                    if (braces == 0 && bodyAfterParen && !continuesDeclaration(tokens, i + 1)) {
                        chunks.add(tokens.subList(start, i + 1));
                        start = i + 1;
                        parens = 0;
                    }
                }
                case KernelCLexer.Semi -> {
                    if (braces == 0 && parens == 0) {
                        chunks.add(tokens.subList(start, i + 1));
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        if (start < n) {
            chunks.add(tokens.subList(start, n));
        }
        return chunks;
    }

    /** A statement expression at file level, ({ ... }), is followed by ')' or ';' and is not a body. */
    private static boolean continuesDeclaration(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return false;
        }
        int type = tokens.get(next).getType();
        return type == KernelCLexer.RightParen || type == KernelCLexer.Semi || type == KernelCLexer.Comma;
    }
}
