package gupcheck.source.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatchApplierTest {

    private static final String GUP_AFTER = Fixtures.text("expected/gup-after-1.c");

    @Test
    void plainDiffAppliesToAnalysedFilesAndSkipsTheRest() throws Exception {
        Map<String, String> base = Fixtures.base();
        AppliedPatch result = Fixtures.apply(base, "plain.diff");
        assertEquals(GUP_AFTER, result.files().get("mm/gup.c"));
        assertEquals(base.get("mm/hugetlb.c"), result.files().get("mm/hugetlb.c"));
        assertEquals(List.of("mm/gup.c", "mm/hugetlb.c"), List.copyOf(result.files().keySet()));
        assertEquals(List.of("Documentation/mm/gup-stub.rst"), result.skipped());
        assertEquals(List.of(), result.notes());
        assertEquals(Fixtures.text("base/mm/gup.c"), base.get("mm/gup.c"), "the base map is left alone");
    }

    @Test
    void addedAndRemovedLinesAreNumberedAndTiedToTheirHunks() throws Exception {
        AppliedPatch result = Fixtures.apply(Fixtures.base(), "plain.diff");
        List<Hunk> hunks = Fixtures.single("plain.diff").files().get(1).hunks();
        List<ChangedLine> added = result.added("mm/gup.c");
        assertEquals(List.of(13, 18, 19, 20, 21, 22, 23, 49), added.stream().map(ChangedLine::line).toList());
        assertEquals(new ChangedLine(13, "\tint foreign = (gup_flags & FOLL_REMOTE);", "plain.diff", hunks.get(0)), added.get(0));
        assertEquals(new ChangedLine(49, "\t\tif (!follow_page_stub(vma, start, gup_flags | FOLL_GET))", "plain.diff", hunks.get(1)),
                added.get(7));
        assertEquals(List.of(
                new ChangedLine(17, "\tif (write && !(vm_flags & VM_WRITE))", "plain.diff", hunks.get(0)),
                new ChangedLine(18, "\t\treturn -EFAULT;", "plain.diff", hunks.get(0)),
                new ChangedLine(44, "\t\tif (!follow_page_stub(vma, start, gup_flags))", "plain.diff", hunks.get(1))),
                result.removed("mm/gup.c"));
        assertEquals(List.of(), result.added("mm/hugetlb.c"));
        assertFalse(result.added().containsKey("Documentation/mm/gup-stub.rst"));
    }

    @Test
    void theSamePatchAsMailSignedMailAndMboxMemberAppliesIdentically() throws Exception {
        AppliedPatch plain = Fixtures.apply(Fixtures.base(), "plain.diff");
        PatchApplier applier = new PatchApplier(Fixtures.ANALYSED);
        for (String name : List.of("0001-mm-gup-refuse-forced-writes.patch", "signed-qp.eml", "clearsigned.eml")) {
            AppliedPatch mail = Fixtures.apply(Fixtures.base(), name);
            assertEquals(plain.files(), mail.files(), name);
            assertEquals(plain.skipped(), mail.skipped(), name);
            assertEquals(lines(plain.added("mm/gup.c")), lines(mail.added("mm/gup.c")), name);
            assertEquals(lines(plain.removed("mm/gup.c")), lines(mail.removed("mm/gup.c")), name);
        }
        PatchMail first = Fixtures.read("series.mbox").patches().get(0);
        AppliedPatch member = applier.apply(Fixtures.base(), first);
        assertEquals(plain.files(), member.files());
        assertEquals(lines(plain.added("mm/gup.c")), lines(member.added("mm/gup.c")));
        assertEquals(lines(plain.removed("mm/gup.c")), lines(member.removed("mm/gup.c")));
    }

    @Test
    void mboxSeriesAppliesInNumberOrder() throws Exception {
        AppliedPatch result = Fixtures.apply(Fixtures.base(), "series.mbox");
        assertEquals(GUP_AFTER, result.files().get("mm/gup.c"));
        assertEquals(Fixtures.text("expected/hugetlb-after-2.c"), result.files().get("mm/hugetlb.c"));
        String second = "[PATCH 2/2] mm/hugetlb: let forced writes break COW on private mappings";
        assertEquals(List.of(11, 12, 13, 14), lines(result.added("mm/hugetlb.c")));
        assertEquals(second, result.added("mm/hugetlb.c").get(0).patch());
        assertEquals(List.of(new ChangedLine(11, "\treturn vma->vm_flags & VM_WRITE;", second,
                Fixtures.read("series.mbox").patches().get(1).files().get(0).hunks().get(0))), result.removed("mm/hugetlb.c"));
    }

    @Test
    void base64AttachmentApplies() throws Exception {
        AppliedPatch result = Fixtures.apply(Fixtures.base(), "attachment-base64.eml");
        assertEquals(Fixtures.text("expected/hugetlb-after-2.c"), result.files().get("mm/hugetlb.c"));
        assertEquals(Fixtures.text("base/mm/gup.c"), result.files().get("mm/gup.c"));
    }

    @Test
    void isoLatin1MailAppliesToUtf8Text() throws Exception {
        AppliedPatch result = Fixtures.apply(Fixtures.base(), "latin1.eml");
        assertEquals(Fixtures.text("expected/gup-latin1.c"), result.files().get("mm/gup.c"));
        assertEquals(List.of(new ChangedLine(5, " * Reviewed by Aurélien Invented.", "latin1.eml",
                Fixtures.single("latin1.eml").files().get(0).hunks().get(0))), result.added("mm/gup.c"));
    }

    @Test
    void hunkThatDoesNotApplyNamesPatchFileAndHunk() {
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.apply(Fixtures.base(), "0002-mm-gup.patch"));
        assertEquals("0002-mm-gup.patch: mm/gup.c: hunk @@ -41,7 +46,7 @@ does not apply", e.getMessage());
    }

    @Test
    void hunkInASeriesThatDoesNotApplyNamesTheMail() {
        PatchMail first = single("first.patch", "--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1,2 +1,2 @@\n-// SPDX-License-Identifier: GPL-2.0-only\n+// SPDX-License-Identifier: GPL-2.0\n /*\n");
        PatchMail stale = new PatchMail("[PATCH 2/2] mm/gup: stale", null, null,
                first.files()); // the same hunk again: its old line is gone
        PatchException e = assertThrows(PatchException.class,
                () -> new PatchApplier(Fixtures.ANALYSED).apply(Fixtures.base(), List.of(first, stale)));
        assertEquals("[PATCH 2/2] mm/gup: stale: mm/gup.c: hunk @@ -1,2 +1,2 @@ does not apply", e.getMessage());
    }

    @Test
    void dotDotPathIsRefused() {
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.apply(Fixtures.base(), "dotdot.patch"));
        assertEquals("dotdot.patch: ../../mm/gup.c: path leaves the tree (\"..\"); refused", e.getMessage());
    }

    @Test
    void dotDotInsideAPathIsRefusedEvenOutsideTheAnalysedSet() {
        PatchMail patch = single("inner.patch", "--- a/Documentation/../../etc/motd\n+++ b/Documentation/../../etc/motd\n@@ -1 +1 @@\n-a\n+b\n");
        PatchException e = assertThrows(PatchException.class, () -> new PatchApplier(Fixtures.ANALYSED).apply(Fixtures.base(), patch));
        assertEquals("inner.patch: Documentation/../../etc/motd: path leaves the tree (\"..\"); refused", e.getMessage());
    }

    @Test
    void absolutePathIsRefused() {
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.apply(Fixtures.base(), "absolute.patch"));
        assertEquals("absolute.patch: /mm/gup.c: absolute path; refused", e.getMessage());
    }

    @Test
    void binaryPatchOnAnAnalysedFileIsRefused() {
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.apply(Fixtures.base(), "binary-analysed.patch"));
        assertEquals("binary-analysed.patch: mm/gup.c: binary patch on an analysed file; refused", e.getMessage());
    }

    @Test
    void binaryPatchOnAnotherFileIsSkippedWithANote() throws Exception {
        AppliedPatch result = Fixtures.apply(Fixtures.base(), "binary-other.patch");
        assertEquals(List.of("Documentation/mm/stub-logo.png"), result.skipped());
        assertEquals(List.of("binary-other.patch: Documentation/mm/stub-logo.png: binary patch skipped (not an analysed file)"),
                result.notes());
        assertEquals(GUP_AFTER, result.files().get("mm/gup.c"));
        assertFalse(result.files().containsKey("Documentation/mm/stub-logo.png"));
    }

    @Test
    void renameOfAnAnalysedFileIsRefusedAndOtherRenamesSkipped() throws Exception {
        String rename = "diff --git a/mm/gup.c b/mm/gup_core.c\nsimilarity index 100%\nrename from mm/gup.c\nrename to mm/gup_core.c\n";
        PatchException e = assertThrows(PatchException.class,
                () -> new PatchApplier(Fixtures.ANALYSED).apply(Fixtures.base(), single("rename.patch", rename)));
        assertEquals("rename.patch: mm/gup.c -> mm/gup_core.c: rename of an analysed file; refused (apply it with git and use --head)",
                e.getMessage());
        String other = "diff --git a/mm/rmap.c b/mm/rmap_core.c\nsimilarity index 100%\nrename from mm/rmap.c\nrename to mm/rmap_core.c\n";
        AppliedPatch result = new PatchApplier(Fixtures.ANALYSED).apply(Fixtures.base(), single("other.patch", other));
        assertEquals(List.of("mm/rmap_core.c"), result.skipped());
        assertEquals(Fixtures.base(), result.files());
    }

    @Test
    void newAnalysedFileIsAddedAndDeletedOneRemoved() throws Exception {
        AppliedPatch result = Fixtures.apply(Fixtures.base(), "new-and-delete.patch");
        assertEquals(List.of("mm/gup.c", "mm/khugepaged.c"), List.copyOf(result.files().keySet()));
        assertEquals("""
                // SPDX-License-Identifier: GPL-2.0-only
                /*
                 * Invented test fixture: a stand-in for the collapse daemon.
                 */
                #include <linux/mm.h>

                static int collapse_stub(struct mm_struct *mm, unsigned long address)
                {
                \treturn mm ? 0 : -EINVAL;
                }
                """, result.files().get("mm/khugepaged.c"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), lines(result.added("mm/khugepaged.c")));
        assertEquals(20, result.removed("mm/hugetlb.c").size());
        assertEquals(List.of(), result.skipped());
    }

    @Test
    void deletingAFileThePatchDoesNotFullyRemoveIsRefused() {
        Map<String, String> base = Fixtures.base();
        base.put("mm/hugetlb.c", base.get("mm/hugetlb.c") + "/* one more line */\n");
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.apply(base, "new-and-delete.patch"));
        assertEquals("new-and-delete.patch: mm/hugetlb.c: the patch deletes it, but 1 lines it does not remove are left", e.getMessage());
    }

    @Test
    void creatingAFileThatExistsIsRefused() {
        Map<String, String> base = Fixtures.base();
        base.put("mm/khugepaged.c", "/* already here */\n");
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.apply(base, "new-and-delete.patch"));
        assertEquals("new-and-delete.patch: mm/khugepaged.c: the patch creates it, but it already exists", e.getMessage());
    }

    @Test
    void modifyingAFileTheBaseLacksIsRefused() {
        Map<String, String> base = Fixtures.base();
        base.remove("mm/gup.c");
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.apply(base, "plain.diff"));
        assertEquals("plain.diff: mm/gup.c: no such file in the tree the patch is applied to", e.getMessage());
    }

    @Test
    void hunksApplyAtAnOffsetWhenLinesMoved() throws Exception {
        Map<String, String> base = Fixtures.base();
        base.put("mm/gup.c", Fixtures.text("base-shifted/mm/gup.c"));
        AppliedPatch result = Fixtures.apply(base, "plain.diff");
        assertEquals(Fixtures.text("expected/gup-shifted-after-1.c"), result.files().get("mm/gup.c"));
        assertEquals(List.of(
                "plain.diff: mm/gup.c: hunk @@ -10,12 +10,17 @@ applied at line 14 (offset 4 lines)",
                "plain.diff: mm/gup.c: hunk @@ -41,7 +46,7 @@ applied at line 52 (offset 6 lines)"), result.notes());
        assertEquals(List.of(17, 22, 23, 24, 25, 26, 27, 55), lines(result.added("mm/gup.c")));
        assertEquals(List.of(21, 22, 50), lines(result.removed("mm/gup.c")));
    }

    @Test
    void seriesReportsNetChanges() throws Exception {
        // The first patch adds a line, the second rewrites it: net, one line added, none of the base removed
        // by the second patch.
        PatchMail add = single("1.patch", "--- a/mm/hugetlb.c\n+++ b/mm/hugetlb.c\n@@ -5,2 +5,3 @@\n #include <linux/hugetlb.h>\n+#include <linux/mman.h>\n \n");
        PatchMail change = single("2.patch", "--- a/mm/hugetlb.c\n+++ b/mm/hugetlb.c\n@@ -5,3 +5,3 @@\n #include <linux/hugetlb.h>\n-#include <linux/mman.h>\n+#include <linux/pagemap.h>\n \n");
        PatchApplier applier = new PatchApplier(Fixtures.ANALYSED);
        AppliedPatch net = applier.apply(Fixtures.base(), List.of(add, change));
        assertEquals(List.of(new ChangedLine(6, "#include <linux/pagemap.h>", "2.patch", change.files().get(0).hunks().get(0))),
                net.added("mm/hugetlb.c"));
        assertEquals(List.of(), net.removed("mm/hugetlb.c"));
        AppliedPatch stepwise = applier.apply(applier.apply(Fixtures.base(), add).files(), change);
        assertEquals(net.files(), stepwise.files());
        assertEquals(List.of(6), lines(stepwise.removed("mm/hugetlb.c")));
    }

    @Test
    void missingNewlineAtEndOfFileIsHonoured() throws Exception {
        Map<String, String> base = Map.of("mm/gup.c", "a\nb");
        PatchMail patch = single("eof.patch", "--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n");
        assertEquals("a\nc\n", new PatchApplier(Fixtures.ANALYSED).apply(base, patch).files().get("mm/gup.c"));
        PatchException e = assertThrows(PatchException.class,
                () -> new PatchApplier(Fixtures.ANALYSED).apply(Map.of("mm/gup.c", "a\nb\n"), patch));
        assertEquals("eof.patch: mm/gup.c: hunk @@ -1,2 +1,2 @@ does not apply", e.getMessage());
    }

    private static PatchMail single(String name, String diff) {
        try {
            return new PatchReader().read(name, diff.getBytes(StandardCharsets.UTF_8)).patches().get(0);
        } catch (PatchException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Integer> lines(List<ChangedLine> lines) {
        return lines.stream().map(ChangedLine::line).toList();
    }
}
