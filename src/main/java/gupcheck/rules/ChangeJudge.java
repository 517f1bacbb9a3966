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
                introduced.add(new ChangeJudgement.Judged(f, anchorIntroduced(f, edits.get(f.file()))));
            }
        }
        List<ChangeJudgement.Judged> fixed = new ArrayList<>();
        for (Finding f : remainingBase) {
            fixed.add(new ChangeJudgement.Judged(f, anchorFixed(f, edits.get(f.file()))));
        }
        return new ChangeJudgement(List.copyOf(introduced), List.copyOf(fixed), List.copyOf(unchanged));
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> files = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(files::add);
        return files;
    }

    /** The added forcing line; else the nearest edit before it in the file (the guard's removal). */
    private static ChangeJudgement.Anchor anchorIntroduced(Finding f, EditList edits) {
        if (edits == null || edits.isEmpty()) {
            return null;
        }
        int line = f.line() - 1;
        for (Edit e : edits) {
            if (line >= e.getBeginB() && line < e.getEndB()) {
                return new ChangeJudgement.Anchor(f.file(), f.line(), "new", hunk(e));
            }
        }
        Edit best = nearestBefore(edits, line, false);
        if (best == null) {
            return null;
        }
        int anchorLine = best.getEndB() > best.getBeginB() ? best.getBeginB() + 1 : best.getBeginA() + 1;
        return new ChangeJudgement.Anchor(f.file(), anchorLine, best.getEndB() > best.getBeginB() ? "new" : "old", hunk(best));
    }

    /** The removed forcing line; else the nearest edit before it (the guard that was added). */
    private static ChangeJudgement.Anchor anchorFixed(Finding f, EditList edits) {
        if (edits == null || edits.isEmpty()) {
            return null;
        }
        int line = f.line() - 1;
        for (Edit e : edits) {
            if (line >= e.getBeginA() && line < e.getEndA()) {
                return new ChangeJudgement.Anchor(f.file(), f.line(), "old", hunk(e));
            }
        }
        Edit best = nearestBefore(edits, line, true);
        if (best == null) {
            return null;
        }
        boolean removes = best.getEndA() > best.getBeginA();
        return new ChangeJudgement.Anchor(f.file(), removes ? best.getBeginA() + 1 : best.getBeginB() + 1,
                removes ? "old" : "new", hunk(best));
    }

    /** The last edit starting at or before the line (in base numbering when {@code baseSide}), else the first. */
    private static Edit nearestBefore(EditList edits, int line, boolean baseSide) {
        Edit best = null;
        for (Edit e : edits) {
            int begin = baseSide ? e.getBeginA() : e.getBeginB();
            if (begin <= line + 1) {
                best = e;
            }
        }
        return best != null ? best : edits.get(0);
    }

    private static String hunk(Edit e) {
        return "@@ -" + (e.getBeginA() + 1) + "," + (e.getEndA() - e.getBeginA())
                + " +" + (e.getBeginB() + 1) + "," + (e.getEndB() - e.getBeginB()) + " @@";
    }
}
