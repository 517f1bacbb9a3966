package gupcheck.report;

import gupcheck.rules.ChangeAnalysis;
import gupcheck.rules.ChangeJudgement;
import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.source.patch.FilePatch;
import gupcheck.source.patch.Hunk;
import gupcheck.source.patch.HunkLine;
import gupcheck.source.patch.PatchMail;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The change as a reply on the list would quote it ("> " lines), with gupcheck's comments right
 * under the lines they concern, each with its witness path; then a summary in the kernel test
 * robot's manner: ">>" before new findings, the tree and ref judged against, how to reproduce.
 */
public final class DiffAnnotatedReport {

    private DiffAnnotatedReport() {
    }

    private record Note(ChangeJudgement.Judged judged, String verdict) { }

    /** A ref-to-ref change quoted as a patch with three lines of context. */
    public static PatchMail patchBetween(String subject, java.util.Map<String, String> before, java.util.Map<String, String> after) {
        return GeneratedPatch.between(subject, before, after);
    }

    public static void write(ChangeAnalysis.Report report, List<PatchMail> patches, String repository, String reproduce,
                             PrintWriter out) {
        List<Note> notes = new ArrayList<>();
        report.net().introduced().forEach(j -> notes.add(new Note(j, "introduced")));
        report.net().fixed().forEach(j -> notes.add(new Note(j, "fixed")));
        List<Note> placed = new ArrayList<>();
        for (PatchMail patch : patches) {
            if (patch.subject() != null) {
                out.println("> Subject: " + patch.subject());
                out.println(">");
            }
            for (FilePatch file : patch.files()) {
                out.println("> diff --git a/" + orNull(file.oldPath()) + " b/" + orNull(file.newPath()));
                out.println("> --- " + (file.oldPath() == null ? "/dev/null" : "a/" + file.oldPath()));
                out.println("> +++ " + (file.newPath() == null ? "/dev/null" : "b/" + file.newPath()));
                for (Hunk hunk : file.hunks()) {
                    out.println("> " + hunk.header());
                    int oldLine = hunk.oldStart();
                    int newLine = hunk.newStart();
                    for (HunkLine line : hunk.lines()) {
                        out.println("> " + line.kind().marker() + line.text());
                        for (Note note : notes) {
                            if (!placed.contains(note) && at(note, file, line, oldLine, newLine)) {
                                comment(note, out);
                                placed.add(note);
                            }
                        }
                        oldLine += line.inOld() ? 1 : 0;
                        newLine += line.inNew() ? 1 : 0;
                    }
                }
            }
            out.println();
        }
        summary(report, notes, placed, repository, reproduce, out);
        out.flush();
    }

    private static boolean at(Note note, FilePatch file, HunkLine line, int oldLine, int newLine) {
        ChangeJudgement.Anchor anchor = note.judged().anchor();
        if (anchor == null) {
            return false;
        }
        if (anchor.side().equals("new")) {
            return anchor.file().equals(file.newPath()) && line.inNew() && newLine == anchor.line();
        }
        return anchor.file().equals(file.oldPath()) && line.inOld() && oldLine == anchor.line();
    }

    private static void comment(Note note, PrintWriter out) {
        Finding f = note.judged().finding();
        out.println();
        out.printf("gupcheck: this change %s %s: %s%n", note.verdict().equals("introduced") ? "introduces" : "fixes",
                f.severity().label(), f.message());
        out.printf("  %s:%d: [%s, kind=%s, sink=%s, in %s()]%n", f.file(), f.line(), f.rule(), f.kind(), f.sink(), f.function());
        for (PathEvent e : f.path()) {
            out.printf("    %s:%d: %s(): %s%n", e.file(), e.line(), e.function(), e.describe());
        }
        if (!f.conditions().isEmpty()) {
            out.printf("    conditions: %s%n", String.join(" && ", f.conditions()));
        }
        out.println();
    }

    private static void summary(ChangeAnalysis.Report report, List<Note> notes, List<Note> placed, String repository,
                                String reproduce, PrintWriter out) {
        out.printf("gupcheck judged this change against %s at %s (%s):%n%n", repository, report.base().name(),
                report.base().commit().name().substring(0, 12));
        ChangeJudgement net = report.net();
        if (net.introduced().isEmpty() && net.fixed().isEmpty()) {
            out.println("   no finding introduced or fixed");
        }
        for (ChangeJudgement.Judged j : net.introduced()) {
            out.println(">> " + line(j.finding()) + " (new)");
        }
        for (ChangeJudgement.Judged j : net.fixed()) {
            out.println("   " + line(j.finding()) + " (fixed)");
        }
        for (ChangeJudgement.Judged j : net.unchanged()) {
            out.println("   " + line(j.finding()) + " (unchanged)");
        }
        for (Note note : notes) {
            if (!placed.contains(note)) {
                out.printf("%n   (%s %s:%d is not on a line the change touches; its path:)%n", note.verdict(),
                        note.judged().finding().file(), note.judged().finding().line());
                comment(note, out);
            }
        }
        if (report.steps().size() > 1) {
            out.printf("%nPer patch:%n");
            for (ChangeAnalysis.Step step : report.steps()) {
                out.printf("  %s: %d introduced, %d fixed%n", step.patch().name(), step.judgement().introduced().size(),
                        step.judgement().fixed().size());
            }
        }
        for (String skipped : report.skipped()) {
            out.println("   skipped: " + skipped);
        }
        for (String note : report.notes()) {
            out.println("   note: " + note);
        }
        out.printf("%nreproduce: %s%n", reproduce);
    }

    private static String line(Finding f) {
        return String.format("%s:%d: %s: %s [%s, kind=%s, sink=%s]", f.file(), f.line(), f.severity().label(), f.message(),
                f.rule(), f.kind(), f.sink());
    }

    private static String orNull(String path) {
        return path == null ? "/dev/null" : path;
    }
}
