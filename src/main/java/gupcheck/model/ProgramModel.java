package gupcheck.model;

import gupcheck.parse.ParsedFile;
import gupcheck.parse.ast.FunctionDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The functions of one target (the files analysed together), each with its CFG. */
public final class ProgramModel {

    private final List<FunctionModel> functions;
    private final Map<String, List<FunctionModel>> byName = new LinkedHashMap<>();
    private final Map<String, ParsedFile> files = new LinkedHashMap<>();

    private ProgramModel(List<ParsedFile> parsedFiles, List<FunctionModel> functions) {
        this.functions = List.copyOf(functions);
        for (FunctionModel f : functions) {
            byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        }
        parsedFiles.forEach(p -> files.put(p.path(), p));
    }

    public static ProgramModel build(List<ParsedFile> parsedFiles) {
        return build(parsedFiles, ProgramModel::functionsOf);
    }

    /**
     * Builds from per-file function models that the caller may share between targets: a
     * file's CFGs depend on that file alone, so many refs holding the same blob need them once.
     */
    public static ProgramModel build(List<ParsedFile> parsedFiles, java.util.function.Function<ParsedFile, List<FunctionModel>> functionsOfFile) {
        List<FunctionModel> functions = new ArrayList<>();
        for (ParsedFile file : parsedFiles) {
            functions.addAll(functionsOfFile.apply(file));
        }
        return new ProgramModel(parsedFiles, functions);
    }

    /** The functions of one file, each with its CFG. */
    public static List<FunctionModel> functionsOf(ParsedFile file) {
        List<FunctionModel> functions = new ArrayList<>(file.functions().size());
        for (FunctionDef def : file.functions()) {
            Cfg cfg = new CfgBuilder(file::presenceAt).build(def);
            functions.add(new FunctionModel(FunctionModel.idOf(def), def, cfg, file.presenceAt(def.line())));
        }
        return List.copyOf(functions);
    }

    public List<FunctionModel> functions() {
        return functions;
    }

    public List<ParsedFile> files() {
        return List.copyOf(files.values());
    }

    /** All definitions with this name, static ones of every file included. */
    public List<FunctionModel> named(String name) {
        return byName.getOrDefault(name, Collections.emptyList());
    }

    /**
     * What a call to {@code name} from {@code callerFile} reaches: the caller file's own static
     * function of that name if there is one, else every non-static definition (a __weak default
     * and its override both stay candidates), else nothing (an external function).
     */
    public List<FunctionModel> resolve(String name, String callerFile) {
        List<FunctionModel> candidates = named(name);
        for (FunctionModel f : candidates) {
            if (f.isStatic() && f.file().equals(callerFile)) {
                return List.of(f);
            }
        }
        return candidates.stream().filter(f -> !f.isStatic()).toList();
    }
}
