package gupcheck.source.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gupcheck.source.patch.FilePatch.ChangeType;
import gupcheck.source.patch.HunkLine.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchReaderTest {

    @Test
    void plainGitDiffGivesFilesHunksAndLines() throws Exception {
        PatchSeries series = Fixtures.read("plain.diff");
        assertEquals(List.of(), series.skipped());
        PatchMail patch = series.patches().get(0);
        assertEquals("plain.diff", patch.name());
        assertNull(patch.subject());
        assertNull(patch.from());
        assertNull(patch.messageId());
        assertEquals(2, patch.files().size());

        FilePatch docs = patch.files().get(0);
        assertEquals("Documentation/mm/gup-stub.rst", docs.oldPath());
        assertEquals("Documentation/mm/gup-stub.rst", docs.newPath());
        assertEquals(ChangeType.MODIFY, docs.changeType());

        FilePatch gup = patch.files().get(1);
        assertEquals(ChangeType.MODIFY, gup.changeType());
        assertEquals(false, gup.binary());
        assertEquals(2, gup.hunks().size());
        Hunk second = gup.hunks().get(1);
        assertEquals("@@ -41,7 +46,7 @@ long get_pages_stub(struct mm_struct *mm, unsigned long start,", second.header());
        assertEquals("@@ -41,7 +46,7 @@", second.range());
        assertEquals(List.of(41, 7, 46, 7), List.of(second.oldStart(), second.oldCount(), second.newStart(), second.newCount()));
        assertEquals(List.of(
                new HunkLine(Kind.CONTEXT, "", false),
                new HunkLine(Kind.CONTEXT, "\t\tif (!vma || check_vma_flags(vma, gup_flags))", false),
                new HunkLine(Kind.CONTEXT, "\t\t\treturn i ? i : -EFAULT;", false),
                new HunkLine(Kind.REMOVED, "\t\tif (!follow_page_stub(vma, start, gup_flags))", false),
                new HunkLine(Kind.ADDED, "\t\tif (!follow_page_stub(vma, start, gup_flags | FOLL_GET))", false),
                new HunkLine(Kind.CONTEXT, "\t\t\tbreak;", false),
                new HunkLine(Kind.CONTEXT, "\t\tstart += PAGE_SIZE;", false),
                new HunkLine(Kind.CONTEXT, "\t\ti++;", false)), second.lines());
    }

    @Test
    void onlyInputThatOpensWithAHeaderFieldIsReadAsMail() {
        for (String mail : new String[] {"From: A <a@b>\n", "Subject: x\n", "Return-Path: <a@b>\n", "X-Mailer:x\n", "Index: mm/gup.c\n"}) {
            assertEquals(true, PatchReader.startsWithHeaderField(mail.getBytes()), mail);
        }
        for (String plain : new String[] {"diff --git a/mm/gup.c b/mm/gup.c\n", "--- a/mm/gup.c\n", "Fix the thing: see below\n",
                ":colon first\n", "", "\n"}) {
            assertEquals(false, PatchReader.startsWithHeaderField(plain.getBytes()), plain);
        }
    }

    @Test
    void formatPatchMailGivesHeadersAndTheSameFiles() throws Exception {
        PatchMail mail = Fixtures.single("0001-mm-gup-refuse-forced-writes.patch");
        assertEquals("0001-mm-gup-refuse-forced-writes.patch", mail.name());
        assertEquals("[PATCH] mm/gup: refuse forced writes without VM_MAYWRITE", mail.subject());
        assertEquals("Ada Example <ada@example.org>", mail.from());
        assertNull(mail.messageId());
        // The trailing "-- \n2.39.5" signature must not leak into the last hunk.
        assertEquals(Fixtures.single("plain.diff").files(), mail.files());
    }

    @Test
    void quotedPrintablePgpSignedMailGivesTheSamePatch() throws Exception {
        PatchMail mail = Fixtures.single("signed-qp.eml");
        assertEquals("[PATCH] mm/gup: refuse forced writes without VM_MAYWRITE", mail.subject());
        assertEquals("<20261124225525.1-ada@example.org>", mail.messageId());
        assertEquals(Fixtures.single("plain.diff").files(), mail.files());
    }

    @Test
    void inlineClearsignedMailIsUnescaped() throws Exception {
        assertEquals(Fixtures.single("plain.diff").files(), Fixtures.single("clearsigned.eml").files());
    }

    @Test
    void mboxSkipsTheCoverLetterAndOrdersBySeriesNumber() throws Exception {
        PatchSeries series = Fixtures.read("series.mbox");
        assertEquals(List.of("series.mbox: \"[PATCH 0/2] mm: forced writes and private mappings\": cover letter"), series.skipped());
        assertEquals(List.of("series.mbox: patches reordered by their N/M numbers"), series.notes());
        assertEquals(List.of("[PATCH 1/2] mm/gup: refuse forced writes without VM_MAYWRITE",
                        "[PATCH 2/2] mm/hugetlb: let forced writes break COW on private mappings"),
                series.patches().stream().map(PatchMail::subject).toList());
        assertEquals(series.patches().get(0).subject(), series.patches().get(0).name());
        assertEquals("<1.1795560946.git.ada@example.org>", series.patches().get(0).messageId());
        assertEquals(Fixtures.single("plain.diff").files(), series.patches().get(0).files());
        assertEquals(List.of("mm/hugetlb.c"), series.patches().get(1).files().stream().map(FilePatch::path).toList());
    }

    @Test
    void base64PatchAttachmentWithCrlfIsDecoded() throws Exception {
        PatchMail mail = Fixtures.single("attachment-base64.eml");
        assertEquals("[PATCH 5.10.y] mm/hugetlb: let forced writes break COW", mail.subject());
        Hunk hunk = mail.files().get(0).hunks().get(0);
        assertEquals("@@ -8,7 +8,10 @@", hunk.range());
        assertEquals(new HunkLine(Kind.ADDED, "\t/* A forced write may only break COW on a private mapping. */", false),
                hunk.lines().get(6));
    }

    @Test
    void isoLatin1MailIsDecodedWithItsCharset() throws Exception {
        PatchMail mail = Fixtures.single("latin1.eml");
        assertEquals("Aurélien Invented <aurelien@example.org>", mail.from());
        List<HunkLine> lines = mail.files().get(0).hunks().get(0).lines();
        assertEquals(new HunkLine(Kind.CONTEXT, " * Written by Zoë Invented.", false), lines.get(2));
        assertEquals(new HunkLine(Kind.ADDED, " * Reviewed by Aurélien Invented.", false), lines.get(3));
    }

    @Test
    void readsFromAStream() throws Exception {
        PatchSeries series = new PatchReader().read("<stdin>", new ByteArrayInputStream(Fixtures.bytes("plain.diff")));
        assertEquals("<stdin>", series.patches().get(0).name());
    }

    @Test
    void missingNewlineAtEndOfFileIsKept() throws Exception {
        String diff = "--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n";
        List<HunkLine> lines = read(diff).patches().get(0).files().get(0).hunks().get(0).lines();
        assertEquals(List.of(new HunkLine(Kind.CONTEXT, "a", false), new HunkLine(Kind.REMOVED, "b", true),
                new HunkLine(Kind.ADDED, "c", false)), lines);
    }

    @Test
    void notAPatchIsRefused() {
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.read("not-a-patch.txt"));
        assertEquals("not-a-patch.txt: no diff found (neither a unified diff nor a patch mail)", e.getMessage());
    }

    @Test
    void aMailWithoutADiffIsRefused() {
        String mail = "From: Ada Example <ada@example.org>\nSubject: Re: [PATCH] mm/gup: thanks\n\nLooks good.\n";
        PatchException e = assertThrows(PatchException.class, () -> read(mail));
        assertEquals("reply.eml: \"Re: [PATCH] mm/gup: thanks\": reply; no patch found", e.getMessage());
    }

    @Test
    void truncatedHunkIsRefused() {
        PatchException e = assertThrows(PatchException.class, () -> Fixtures.read("truncated.patch"));
        assertEquals("truncated.patch: malformed diff at line 15: Truncated hunk, at least 3 old lines is missing"
                + " (@@ -10,12 +10,17 @@ static int check_vma_flags(struct vm_area_struct *vma, unsigned long gup_flags))",
                e.getMessage());
    }

    @Test
    void hunkLongerThanItsHeaderIsRefused() {
        String diff = "--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n+hidden\n";
        PatchException e = assertThrows(PatchException.class, () -> read(diff));
        assertEquals("reply.eml: mm/gup.c: hunk @@ -1,2 +1,2 @@ has more lines than its header says (\"+hidden\")", e.getMessage());
    }

    @Test
    void twoVersionsOfOnePatchInAnMboxAreRefused() {
        String sep = "From mboxrd@z Thu Jan  1 00:00:00 1970\n";
        String diff = "\n---\n--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1 +1 @@\n-a\n+b\n";
        String mbox = sep + "Subject: [PATCH 1/2] one\n" + diff + sep + "Subject: [PATCH v2 1/2] one again\n" + diff;
        PatchException e = assertThrows(PatchException.class, () -> new PatchReader().read("x.mbox", mbox.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x.mbox: two mails are numbered 1/2 (\"[PATCH 1/2] one\" and \"[PATCH v2 1/2] one again\");"
                + " is more than one version of the series in it?", e.getMessage());
    }

    @Test
    void aMissingPatchOfASeriesIsNoted() throws Exception {
        String sep = "From mboxrd@z Thu Jan  1 00:00:00 1970\n";
        String diff = "\n---\n--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1 +1 @@\n-a\n+b\n";
        String mbox = sep + "Subject: [PATCH 1/3] one\n" + diff + sep + "Subject: [PATCH 3/3] three\n" + diff;
        PatchSeries series = new PatchReader().read("x.mbox", mbox.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("x.mbox: patch 2/3 is not in the input"), series.notes());
    }

    @Test
    void htmlAlternativeAndGenericBinaryAttachmentAreHandled() throws Exception {
        String diff = "--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1 +1 @@\n-a\n+b\n";
        String alternative = "From: a@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/html\n\n" + diff.replace("+b", "+from the html part") + "--b\nContent-Type: text/plain\n\n" + diff + "--b--\n";
        String octet = "From: a@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
                + "--b\nContent-Type: application/octet-stream; name=\"fix.patch\"\nContent-Disposition: attachment; filename=\"fix.patch\"\n\n"
                + diff + "--b--\n";
        List<HunkLine> expected = List.of(new HunkLine(Kind.REMOVED, "a", false), new HunkLine(Kind.ADDED, "b", false));
        List<FilePatch> files = read(alternative).patches().get(0).files();
        assertEquals(1, files.size());
        assertEquals(expected, files.get(0).hunks().get(0).lines());
        assertEquals(expected, read(octet).patches().get(0).files().get(0).hunks().get(0).lines());
    }

    @Test
    void unknownCharsetIsAcceptedOnlyForUtf8Text() throws Exception {
        String head = "From: a@example.org\nSubject: x\nContent-Type: text/plain; charset=x-unheard-of\n\n";
        String diff = "--- a/mm/gup.c\n+++ b/mm/gup.c\n@@ -1 +1 @@\n-a\n+\u00e9\n";
        assertEquals("\u00e9", read(head + diff).patches().get(0).files().get(0).hunks().get(0).lines().get(1).text());
        byte[] latin1 = (head + diff).getBytes(StandardCharsets.ISO_8859_1);
        PatchException e = assertThrows(PatchException.class, () -> new PatchReader().read("odd.eml", latin1));
        assertEquals("odd.eml: mail part has the unknown charset \"x-unheard-of\" and is not UTF-8", e.getMessage());
    }

    private static PatchSeries read(String text) throws PatchException {
        return new PatchReader().read("reply.eml", text.getBytes(StandardCharsets.UTF_8));
    }
}
