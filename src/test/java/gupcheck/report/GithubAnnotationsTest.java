package gupcheck.report;

import static gupcheck.report.ScanFormatTest.render;
import static gupcheck.report.ScanFormatTest.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gupcheck.rules.Finding;
import gupcheck.rules.PathEvent;
import gupcheck.rules.ScanResult;
import gupcheck.rules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void v1BackportGivesOneAnnotationPerFindingErrorsFirst() throws Exception {
        assertEquals(List.of(
                "::error file=mm/gup.c,line=164,title=gup-forced-write (hugetlb)::forced FOLL_WRITE reaches a hugetlb"
                        + " lookup; a read-only request COWs a huge page — path: __get_user_pages → follow_hugetlb_page",
                "::error file=mm/gup.c,line=173,title=gup-forced-write (file-pte)::forced FOLL_WRITE reaches"
                        + " follow_page_pte; a private file mapping gets a needless COW copy — path: __get_user_pages"
                        + " → follow_page_mask → follow_p4d_mask → follow_pud_mask → follow_pmd_mask → follow_page_pte",
                "::error file=mm/gup.c,line=173,title=gup-forced-write (file-thp)::forced FOLL_WRITE reaches"
                        + " follow_trans_huge_pmd; a read-only file THP is never writable, so GUP retries forever"
                        + " (livelock with CONFIG_READ_ONLY_THP_FOR_FS) — path: __get_user_pages → follow_page_mask"
                        + " → follow_p4d_mask → follow_pud_mask → follow_pmd_mask → follow_trans_huge_pmd",
                "::notice file=mm/gup.c,line=228,title=gup-forced-write (fast-path)::forced FOLL_WRITE in the fast"
                        + " path; it refuses non-writable entries and falls back to the slow path — path: get_user_pages_fast"),
                render(new GithubAnnotations(), scan("v1-backport")).lines().toList());
    }

    @Test
    void conditionsEndTheMessage() throws Exception {
        String line = render(new GithubAnnotations(), scan("x1-forcing-under-ifdef")).lines().findFirst().orElseThrow();
        assertEquals("::error file=mm/gup.c,line=48,title=gup-forced-write (hugetlb)::forced FOLL_WRITE reaches a"
                + " hugetlb lookup; a read-only request COWs a huge page — path: __get_user_pages → follow_hugetlb_page"
                + " — conditions: CONFIG_GUP_FORCE_COW", line);
    }

    @Test
    void messagesAndPropertiesAreEscapedAsTheRunnerExpects() {
        assertEquals("100%25 sure%0D%0Anext: a, b", GithubAnnotations.escapeData("100% sure\r\nnext: a, b"));
        assertEquals("dir%3Aname%2Cx%25y%0Az", GithubAnnotations.escapeProperty("dir:name,x%y\nz"));
        // an escape sequence already in the text is not mistaken for one
        assertEquals("%250A", GithubAnnotations.escapeData("%0A"));

        Finding odd = new Finding("gup-forced-write", Severity.WARNING, "k,1", "a:b,c.c", 7, "f", "s",
                "50% of\nthe time", List.of(), List.of());
        assertEquals("::warning file=a%3Ab%2Cc.c,line=7,title=gup-forced-write (k%2C1)::50%25 of%0Athe time",
                GithubAnnotations.annotation(odd));
    }

    @Test
    void errorsComeBeforeWarningsAndNotesWhateverTheirPlace() throws Exception {
        PathEvent e = new PathEvent("mm/a.c", 1, "f", "forcing", "x", List.of());
        List<Finding> findings = List.of(
                new Finding("r", Severity.NOTE, "n", "mm/a.c", 1, "f", "s", "note", List.of(), List.of(e)),
                new Finding("r", Severity.WARNING, "w", "mm/a.c", 2, "f", "s", "warning", List.of(), List.of(e)),
                new Finding("r", Severity.ERROR, "e", "mm/z.c", 3, "f", "s", "late error", List.of(), List.of(e)),
                new Finding("r", Severity.ERROR, "e", "mm/b.c", 9, "f", "s", "early error", List.of(), List.of(e)));
        ScanResult result = new ScanResult("t", findings, Map.of(), new ScanResult.Stats(1, 1, 0, 0));
        assertEquals(List.of(
                "::error file=mm/b.c,line=9,title=r (e)::early error — path: f",
                "::error file=mm/z.c,line=3,title=r (e)::late error — path: f",
                "::warning file=mm/a.c,line=2,title=r (w)::warning — path: f",
                "::notice file=mm/a.c,line=1,title=r (n)::note — path: f"),
                render(new GithubAnnotations(), result).lines().toList());
    }
}
