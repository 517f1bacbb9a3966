package gupcheck.model;

import gupcheck.parse.ast.FunctionDef;
import gupcheck.parse.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A function with its CFG; {@code id} is unique in a target (static functions carry their file). */
public record FunctionModel(String id, FunctionDef definition, Cfg cfg, List<String> presence, Set<String> localNames) {

    public String name() {
        return definition.name();
    }

    public String file() {
        return definition.file();
    }

    public boolean isStatic() {
        return definition.isStatic();
    }

    /** A function and its CFG; the parameter and local names are gathered once, here. */
    public FunctionModel(String id, FunctionDef definition, Cfg cfg, List<String> presence) {
        this(id, definition, cfg, presence, namesOf(definition, cfg));
    }

    /**
     * Names of parameters and local variables: a call through one of them is a call through a
     * function pointer, not to a function of that name.
     */
    private static Set<String> namesOf(FunctionDef definition, Cfg cfg) {
        Set<String> names = new HashSet<>();
        definition.parameters().forEach(p -> {
            if (p.name() != null) {
                names.add(p.name());
            }
        });
        for (CfgNode node : cfg.nodes()) {
            if (node.statement() instanceof Stmt.Declaration d) {
                d.variables().forEach(v -> names.add(v.name()));
            }
        }
        return Set.copyOf(names);
    }

    /** Identifies a function: {@code file:name} for static functions, {@code name} otherwise. */
    public static String idOf(FunctionDef def) {
        return def.isStatic() ? def.file() + ":" + def.name() : def.name();
    }
}
