package gupcheck.source.patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies patches to file contents held in memory; no work tree, index or repository is touched.
 * Only the analysed files are changed: the rest of a patch is skipped and listed. JGit's own
 * PatchApplier needs a Repository and writes blobs into it, and reports no line numbers, so the
 * hunks are applied here ({@link HunkApplier}), exactly as {@code patch} would without fuzz.
 */
public final class PatchApplier {

    private final Set<String> analysed;

    /** @param analysed the tree-relative paths to apply, such as {@code mm/gup.c} */
    public PatchApplier(Collection<String> analysed) {
        this.analysed = Set.copyOf(analysed);
    }

    public AppliedPatch apply(Map<String, String> base, PatchMail patch) throws PatchException {
        return apply(base, List.of(patch));
    }

    /** Applies the patches in order; added and removed lines are the net effect of the series. */
    public AppliedPatch apply(Map<String, String> base, List<PatchMail> series) throws PatchException {
        for (PatchMail patch : series) {
            for (FilePatch file : patch.files()) {
                PatchPaths.check(patch.name(), file); // before anything else: refuse the whole patch
            }
        }
        Run run = new Run(base);
        for (PatchMail patch : series) {
            for (FilePatch file : patch.files()) {
                run.apply(patch.name(), file);
            }
        }
        return run.result();
    }

    /** The state of one application: the files as they are so far and what has been recorded. */
    private final class Run {
        private final Map<String, String> base;
        private final Map<String, TrackedText> current = new LinkedHashMap<>();
        private final Set<String> deleted = new HashSet<>();
        private final Map<String, List<ChangedLine>> removed = new LinkedHashMap<>();
        private final Set<String> skipped = new LinkedHashSet<>();
        private final List<String> notes = new ArrayList<>();

        Run(Map<String, String> base) {
            this.base = base;
        }

        void apply(String patch, FilePatch file) throws PatchException {
            if (!touchesAnalysed(file)) {
                skipped.add(file.path());
                if (file.binary()) {
                    notes.add(patch + ": " + file.path() + ": binary patch skipped (not an analysed file)");
                }
                return;
            }
            if (file.binary()) {
                throw new PatchException(patch + ": " + file.path() + ": binary patch on an analysed file; refused");
            }
            switch (file.changeType()) {
                case RENAME, COPY -> throw new PatchException(patch + ": " + file.oldPath() + " -> " + file.newPath() + ": "
                        + file.changeType().name().toLowerCase() + " of an analysed file; refused (apply it with git and use --head)");
                case ADD -> add(patch, file);
                case DELETE -> delete(patch, file);
                case MODIFY -> modify(patch, file);
            }
        }

        private boolean touchesAnalysed(FilePatch file) {
            return file.oldPath() != null && analysed.contains(file.oldPath())
                    || file.newPath() != null && analysed.contains(file.newPath());
        }

        private void add(String patch, FilePatch file) throws PatchException {
            String path = file.newPath();
            if (exists(path)) {
                throw new PatchException(patch + ": " + path + ": the patch creates it, but it already exists");
            }
            TrackedText text = TrackedText.empty();
            HunkApplier.apply(patch, path, file.hunks(), text, removedOf(path), notes);
            current.put(path, text);
            deleted.remove(path);
        }

        private void delete(String patch, FilePatch file) throws PatchException {
            String path = file.oldPath();
            TrackedText text = existing(patch, path);
            HunkApplier.apply(patch, path, file.hunks(), text, removedOf(path), notes);
            if (text.size() != 0) {
                throw new PatchException(patch + ": " + path + ": the patch deletes it, but " + text.size()
                        + " lines it does not remove are left");
            }
            current.remove(path);
            deleted.add(path);
        }

        private void modify(String patch, FilePatch file) throws PatchException {
            // A plain diff may name the two sides differently (gup.c.orig, gup.c); like patch, take the one there.
            String path = !file.newPath().equals(file.oldPath()) && !exists(file.newPath()) ? file.oldPath() : file.newPath();
            if (!path.equals(file.newPath()) || !path.equals(file.oldPath())) {
                notes.add(patch + ": " + file.oldPath() + " / " + file.newPath() + ": sides named differently; applied to " + path);
            }
            if (file.hunks().isEmpty()) {
                notes.add(patch + ": " + path + ": no content change (mode or metadata only)");
            }
            TrackedText text = existing(patch, path);
            HunkApplier.apply(patch, path, file.hunks(), text, removedOf(path), notes);
        }

        private boolean exists(String path) {
            return current.containsKey(path) || !deleted.contains(path) && base.containsKey(path);
        }

        private TrackedText existing(String patch, String path) throws PatchException {
            if (!exists(path)) {
                throw new PatchException(patch + ": " + path + ": no such file in the tree the patch is applied to");
            }
            return current.computeIfAbsent(path, p -> TrackedText.ofBase(base.get(p)));
        }

        private List<ChangedLine> removedOf(String path) {
            return removed.computeIfAbsent(path, p -> new ArrayList<>());
        }

        AppliedPatch result() {
            Map<String, String> files = new LinkedHashMap<>(base);
            deleted.forEach(files::remove);
            Map<String, List<ChangedLine>> added = new LinkedHashMap<>();
            current.forEach((path, text) -> {
                files.put(path, text.text());
                List<ChangedLine> lines = text.added();
                if (!lines.isEmpty()) {
                    added.put(path, lines);
                }
            });
            Map<String, List<ChangedLine>> removedLines = new LinkedHashMap<>();
            removed.forEach((path, lines) -> {
                if (!lines.isEmpty()) {
                    List<ChangedLine> sorted = new ArrayList<>(lines);
                    sorted.sort(Comparator.comparingInt(ChangedLine::line));
                    removedLines.put(path, sorted);
                }
            });
            return new AppliedPatch(files, List.copyOf(skipped), notes, added, removedLines);
        }
    }
}
