package gupcheck.model;

import gupcheck.parse.ast.Expr;
import java.util.List;

/**
 * A call inside an expression. {@code callee} is null for calls through a function pointer or
 * other computed callee: those are recorded, never guessed. {@code resultVariable} names the
 * variable the result is assigned to directly ({@code page = follow_page_mask(...)}), or null.
 */
public record CallSite(String callee, Expr.Call call, int line, List<Expr> arguments, String resultVariable) {
    public boolean isResolvable() {
        return callee != null;
    }
}
