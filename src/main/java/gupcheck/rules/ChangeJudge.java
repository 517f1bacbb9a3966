package gupcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import java.nio.charset.StandardCharsets;

/**
 * Matches the findings before and after a change by identity and anchors each to the change.
 * The change is computed as a line diff of each file (JGit's histogram diff), so the same
 * judgement serves a patch applied in memory and a comparison of two refs.
 */
public final class ChangeJudge {

    private ChangeJudge() {
    }

    /** @param before base file texts by path; @param after result file texts by path */
    public static ChangeJudgement judge(List<Finding> base, List<Finding> result,
                                        Map<String, String> before, Map<String, String> after) {
        Map<String, EditList> edits = new LinkedHashMap<>();
        for (String file : union(before, after)) {
            if (before.getOrDefault(file, "").equals(after.getOrDefault(file, ""))) {
                continue;                          // unchanged: nothing to anchor to, nothing to diff
            }
            RawText a = new RawText(before.getOrDefault(file, "").getBytes(StandardCharsets.UTF_8));
            RawText b = new RawText(after.getOrDefault(file, "").getBytes(StandardCharsets.UTF_8));
            edits.put(file, new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b));
        }
        List<Finding> remainingBase = new ArrayList<>(base);
        List<ChangeJudgement.Judged> introduced = new ArrayList<>();
        List<ChangeJudgement.Judged> unchanged = new ArrayList<>();
        for (Finding f : result) {
            Finding match = remainingBase.stream().filter(b -> b.identity().equals(f.identity())).findFirst().orElse(null);
            if (match != null) {
                remainingBase.remove(match);
                unchanged.add(new ChangeJudgement.Judged(f, null));
            } else {
                introduced.add(new ChangeJudgement.Judged(f, anchor(f, edits.get(f.file()), true)));
            }
        }
        List<ChangeJudgement.Judged> fixed = new ArrayList<>();
        for (Finding f : remainingBase) {
            fixed.add(new ChangeJudgement.Judged(f, anchor(f, edits.get(f.file()), false)));
        }
        return new ChangeJudgement(List.copyOf(introduced), List.copyOf(fixed), List.copyOf(unchanged));
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> files = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(files::add);
        return files;
    }

    /**
     * Where a finding belongs in the change. An introduced finding ({@code inResult}) belongs to
     * the added forcing line, a fixed one to the removed forcing line; when the forcing line itself
     * did not change, to the nearest edit before it (the guard or check that was removed or added).
     */
    private static ChangeJudgement.Anchor anchor(Finding f, EditList edits, boolean inResult) {
        if (edits == null || edits.isEmpty()) {
            return null;
        }
        int line = f.line() - 1;
        for (Edit e : edits) {
            int begin = inResult ? e.getBeginB() : e.getBeginA();
            int end = inResult ? e.getEndB() : e.getEndA();
            if (line >= begin && line < end) {
                return new ChangeJudgement.Anchor(f.file(), f.line(), inResult ? "new" : "old", hunk(e));
            }
        }
        Edit nearest = null;
        for (Edit e : edits) {
            if ((inResult ? e.getBeginB() : e.getBeginA()) <= line + 1) {
                nearest = e;
            }
        }
        if (nearest == null) {
            nearest = edits.get(0);
        }
        // an edit with lines on the finding's own side is shown there; a pure insertion or
        // removal on the other side is shown on that side
        boolean ownSide = inResult ? nearest.getEndB() > nearest.getBeginB() : nearest.getEndA() > nearest.getBeginA();
        boolean showNew = inResult == ownSide;
        return new ChangeJudgement.Anchor(f.file(), (showNew ? nearest.getBeginB() : nearest.getBeginA()) + 1,
                showNew ? "new" : "old", hunk(nearest));
    }

    private static String hunk(Edit e) {
        return "@@ -" + (e.getBeginA() + 1) + "," + (e.getEndA() - e.getBeginA())
                + " +" + (e.getBeginB() + 1) + "," + (e.getEndB() - e.getBeginB()) + " @@";
    }
}
