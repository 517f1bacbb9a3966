package gupcheck.source.patch;

import gupcheck.source.patch.TrackedText.Line;
import java.util.ArrayList;
import java.util.List;

/** Applies the hunks of one file's patch to its text, in order, recording what they remove. */
final class HunkApplier {

    private HunkApplier() {
    }

    /**
     * @param removed receives the base lines the hunks take out (lines earlier patches added are not base lines)
     * @param notes   receives a note for every hunk placed away from its stated line
     */
    static void apply(String patch, String path, List<Hunk> hunks, TrackedText text, List<ChangedLine> removed,
            List<String> notes) throws PatchException {
        int delta = 0;      // lines the previous hunks added minus those they removed
        int lastOffset = 0; // how far the previous hunk was from where it said: the next one likely is too
        int lowerBound = 0; // the end of the previous hunk's result: hunks apply in order
        for (Hunk hunk : hunks) {
            List<String> oldLines = hunk.lines().stream().filter(HunkLine::inOld).map(HunkLine::fileText).toList();
            // "-10,0" inserts after line 10; "-10,3" starts at line 10.
            int stated = (hunk.oldCount() == 0 ? hunk.oldStart() : hunk.oldStart() - 1) + delta;
            int at = HunkPlacer.find(text, oldLines, stated + lastOffset, lowerBound);
            if (at < 0) {
                throw new PatchException(patch + ": " + path + ": hunk " + hunk.range() + " does not apply");
            }
            lastOffset = at - stated;
            if (lastOffset != 0) {
                // Reported as patch does: relative to the stated line moved by the earlier hunks.
                notes.add(patch + ": " + path + ": hunk " + hunk.range() + " applied at line " + (at + 1) + " (offset "
                        + lastOffset + (Math.abs(lastOffset) == 1 ? " line)" : " lines)"));
            }
            List<Line> replacement = replacement(patch, hunk, text, at, removed);
            text.replace(at, oldLines.size(), replacement);
            delta += hunk.newCount() - hunk.oldCount();
            lowerBound = at + replacement.size();
        }
    }

    /**
     * The new lines of the hunk; context lines keep their origin, so a series tracks them through.
     * Removed lines that came from the base are recorded; one an earlier patch added just disappears.
     */
    private static List<Line> replacement(String patch, Hunk hunk, TrackedText text, int at, List<ChangedLine> removed) {
        List<Line> lines = new ArrayList<>();
        int old = at;
        for (HunkLine line : hunk.lines()) {
            switch (line.kind()) {
                case CONTEXT -> lines.add(text.line(old++));
                case REMOVED -> {
                    Line gone = text.line(old++);
                    if (gone.baseLine() > 0) {
                        removed.add(new ChangedLine(gone.baseLine(), gone.withoutTerminator(), patch, hunk));
                    }
                }
                case ADDED -> lines.add(new Line(line.fileText(), 0, patch, hunk));
            }
        }
        return lines;
    }
}
