package gupcheck.source.patch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree after a patch or a series was applied in memory.
 *
 * @param files   every file of the base, with the analysed ones changed, added or deleted
 * @param skipped paths the patch touches outside the analysed set, in order of appearance, each once
 * @param notes   what was done that a reader should know (offsets, binary patches skipped, ...)
 * @param added   per analysed file, the lines of the result that the patch added (net over a series)
 * @param removed per analysed file, the lines of the base that the patch removed (net over a series)
 */
public record AppliedPatch(Map<String, String> files, List<String> skipped, List<String> notes,
        Map<String, List<ChangedLine>> added, Map<String, List<ChangedLine>> removed) {

    public AppliedPatch {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        added = copy(added);
        removed = copy(removed);
    }

    public List<ChangedLine> added(String path) {
        return added.getOrDefault(path, List.of());
    }

    public List<ChangedLine> removed(String path) {
        return removed.getOrDefault(path, List.of());
    }

    private static Map<String, List<ChangedLine>> copy(Map<String, List<ChangedLine>> lines) {
        Map<String, List<ChangedLine>> copy = new LinkedHashMap<>();
        lines.forEach((path, list) -> copy.put(path, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }
}
