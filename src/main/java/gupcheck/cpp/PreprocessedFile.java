package gupcheck.cpp;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of conditional preprocessing. {@link #text()} has every line
 * terminator of the input at the same line, so line N of the output is line N of
 * the input: kept lines with comments turned into spaces (columns unchanged),
 * directive lines and dropped lines empty. Line numbers are 1-based.
 *
 * <p>One corner: when the input's last line has no newline and is dropped, the
 * output simply ends after the previous newline; {@link #lineCount()} still counts
 * the input's lines.
 */
public final class PreprocessedFile {
    private final String path;
    private final String text;
    private final int lineCount;
    private final BitSet kept;
    /** Indexed by 0-based line; null where the line is not kept. Elements are shared immutable lists. */
    private final List<String>[] presence;
    private final Map<String, MacroDefinition> macros;

    PreprocessedFile(String path, String text, int lineCount, BitSet kept, List<String>[] presence,
                     LinkedHashMap<String, MacroDefinition> macros) {
        this.path = path;
        this.text = text;
        this.lineCount = lineCount;
        this.kept = kept;
        this.presence = presence;
        this.macros = Collections.unmodifiableMap(macros);
    }

    /**
     * A file rebuilt from the parts a cache keeps of it: {@code kept} and {@code presence} are
     * indexed by 0-based line, {@code presence} null where the line is not kept.
     */
    public static PreprocessedFile restore(String path, String text, int lineCount, BitSet kept, List<String>[] presence,
                                           Map<String, MacroDefinition> macros) {
        if (presence.length != lineCount) {
            throw new IllegalArgumentException(path + ": " + presence.length + " presence entries for " + lineCount + " lines");
        }
        return new PreprocessedFile(path, text, lineCount, (BitSet) kept.clone(), presence.clone(), new LinkedHashMap<>(macros));
    }

    /** The kept lines as 0-based bits (a copy). */
    public BitSet keptLines() {
        return (BitSet) kept.clone();
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineCount;
    }

    /** False for lines in branches not taken and for directive lines (including their continuation lines). */
    public boolean isKept(int line) {
        return kept.get(index(line));
    }

    /**
     * The conditions of the enclosing taken branches, outermost first, one string
     * per nesting level (see {@link PresenceConditions} for the format). Empty for
     * unconditional lines and for lines that are not kept.
     */
    public List<String> presenceAt(int line) {
        List<String> conditions = presence[index(line)];
        return conditions == null ? List.of() : conditions;
    }

    /** Definitions from kept code still in force at the end of the file, ordered by their line. */
    public Map<String, MacroDefinition> macros() {
        return macros;
    }

    private int index(int line) {
        if (line < 1 || line > lineCount) {
            throw new IndexOutOfBoundsException("line " + line + " is not in 1.." + lineCount + " of " + path);
        }
        return line - 1;
    }
}
