package gupcheck.report;

import gupcheck.source.patch.FilePatch;
import gupcheck.source.patch.Hunk;
import gupcheck.source.patch.HunkLine;
import gupcheck.source.patch.PatchMail;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** A unified diff with three lines of context between two sets of files, to quote a ref-to-ref change. */
final class GeneratedPatch {

    private static final int CONTEXT = 3;

    private GeneratedPatch() {
    }

    static PatchMail between(String subject, Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FilePatch> files = new ArrayList<>();
        for (String path : paths) {
            String a = before.getOrDefault(path, "");
            String b = after.getOrDefault(path, "");
            if (a.equals(b)) {
                continue;
            }
            FilePatch.ChangeType type = !before.containsKey(path) ? FilePatch.ChangeType.ADD
                    : !after.containsKey(path) ? FilePatch.ChangeType.DELETE : FilePatch.ChangeType.MODIFY;
            files.add(new FilePatch(before.containsKey(path) ? path : null, after.containsKey(path) ? path : null, type, false,
                    hunks(a, b)));
        }
        return new PatchMail(subject, null, null, files);
    }

    private static List<Hunk> hunks(String before, String after) {
        RawText a = new RawText(before.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(after.getBytes(StandardCharsets.UTF_8));
        EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            int j = i;
            // edits closer than twice the context share a hunk
            while (j + 1 < edits.size() && edits.get(j + 1).getBeginA() - edits.get(j).getEndA() <= 2 * CONTEXT) {
                j++;
            }
            Edit first = edits.get(i);
            Edit last = edits.get(j);
            int startA = Math.max(0, first.getBeginA() - CONTEXT);
            int endA = Math.min(a.size(), last.getEndA() + CONTEXT);
            int startB = Math.max(0, first.getBeginB() - CONTEXT);
            int endB = Math.min(b.size(), last.getEndB() + CONTEXT);
            List<HunkLine> lines = new ArrayList<>();
            int ai = startA;
            for (int k = i; k <= j; k++) {
                Edit e = edits.get(k);
                for (; ai < e.getBeginA(); ai++) {
                    lines.add(new HunkLine(HunkLine.Kind.CONTEXT, a.getString(ai), false));
                }
                for (int x = e.getBeginA(); x < e.getEndA(); x++) {
                    lines.add(new HunkLine(HunkLine.Kind.REMOVED, a.getString(x), false));
                }
                for (int y = e.getBeginB(); y < e.getEndB(); y++) {
                    lines.add(new HunkLine(HunkLine.Kind.ADDED, b.getString(y), false));
                }
                ai = e.getEndA();
            }
            for (; ai < endA; ai++) {
                lines.add(new HunkLine(HunkLine.Kind.CONTEXT, a.getString(ai), false));
            }
            String header = "@@ -" + (startA + 1) + "," + (endA - startA) + " +" + (startB + 1) + "," + (endB - startB) + " @@";
            hunks.add(new Hunk(header, startA + 1, endA - startA, startB + 1, endB - startB, lines));
            i = j + 1;
        }
        return hunks;
    }
}
