package gupcheck.parse.ast;

import java.util.List;

/**
 * A function definition. {@code macroDefined} marks bodies introduced by a macro such as
 * {@code SYSCALL_DEFINE3(name, ...) { }}, named by the macro.
 */
public record FunctionDef(String file, String name, int line, int endLine, String returnType,
                          List<Parameter> parameters, boolean isStatic, boolean macroDefined, Stmt.Block body) { }
