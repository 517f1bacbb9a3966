package gupcheck.parse;

import gupcheck.parse.ast.FunctionDef;
import java.util.List;

/**
 * What one top-level item of a file parsed to, under a fingerprint of its tokens (types, texts,
 * lines relative to its first line): the next version of the file reuses it where the item is
 * unchanged, only moved.
 */
public record ChunkRecord(String fingerprint, int firstLine, List<FunctionDef> functions, List<Unparsed> unparsed) { }
