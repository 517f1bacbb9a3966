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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScanTextReportTest {

    /** The whole report of the v1 backport fixture, as a reviewer would read it. */
    private static final String V1 = """
            mm/gup.c:164: error: forced FOLL_WRITE reaches a hugetlb lookup; a read-only request COWs a huge page [gup-forced-write, kind=hugetlb, sink=follow_hugetlb_page, in __get_user_pages()]
                mm/gup.c:164: __get_user_pages(): forced here: foll_flags |= FOLL_WRITE
                mm/gup.c:163: __get_user_pages(): only guarded by should_force_cow_break(vma, foll_flags)
                mm/gup.c:165: __get_user_pages(): reaches lookup follow_hugetlb_page(mm, vma, pages, vmas, &start, &nr_pages, i, foll_flags, nonblocking)
                mm/hugetlb.c:30: follow_hugetlb_page(): tested here: flags & FOLL_WRITE
            mm/gup.c:173: error: forced FOLL_WRITE reaches follow_page_pte; a private file mapping gets a needless COW copy [gup-forced-write, kind=file-pte, sink=follow_page_pte, in __get_user_pages()]
                mm/gup.c:173: __get_user_pages(): forced here: foll_flags |= FOLL_WRITE
                mm/gup.c:172: __get_user_pages(): only guarded by should_force_cow_break(vma, foll_flags)
                mm/gup.c:180: __get_user_pages(): passed on in follow_page_mask(vma, start, foll_flags, &ctx)
                mm/gup.c:115: follow_page_mask(): passed on in follow_p4d_mask(vma, address, pgd, flags, ctx)
                mm/gup.c:103: follow_p4d_mask(): passed on in follow_pud_mask(vma, address, p4d, flags, ctx)
                mm/gup.c:91: follow_pud_mask(): passed on in follow_pmd_mask(vma, address, pud, flags, ctx)
                mm/gup.c:71: follow_pmd_mask(): reaches lookup follow_page_pte(vma, address, pmd, flags)
                mm/gup.c:44: follow_page_pte(): tested here: flags & FOLL_WRITE
            mm/gup.c:173: error: forced FOLL_WRITE reaches follow_trans_huge_pmd; a read-only file THP is never writable, so GUP retries forever (livelock with CONFIG_READ_ONLY_THP_FOR_FS) [gup-forced-write, kind=file-thp, sink=follow_trans_huge_pmd, in __get_user_pages()]
                mm/gup.c:173: __get_user_pages(): forced here: foll_flags |= FOLL_WRITE
                mm/gup.c:172: __get_user_pages(): only guarded by should_force_cow_break(vma, foll_flags)
                mm/gup.c:180: __get_user_pages(): passed on in follow_page_mask(vma, start, foll_flags, &ctx)
                mm/gup.c:115: follow_page_mask(): passed on in follow_p4d_mask(vma, address, pgd, flags, ctx)
                mm/gup.c:103: follow_p4d_mask(): passed on in follow_pud_mask(vma, address, p4d, flags, ctx)
                mm/gup.c:91: follow_pud_mask(): passed on in follow_pmd_mask(vma, address, pud, flags, ctx)
                mm/gup.c:74: follow_pmd_mask(): reaches lookup follow_trans_huge_pmd(vma, address, pmd, flags)
                mm/huge_memory.c:23: follow_trans_huge_pmd(): tested here: flags & FOLL_WRITE
            mm/gup.c:228: note: forced FOLL_WRITE in the fast path; it refuses non-writable entries and falls back to the slow path [gup-forced-write, kind=fast-path, sink=gup_pgd_range, in get_user_pages_fast()]
                mm/gup.c:228: get_user_pages_fast(): forced here: gup_pgd_range(start, end, gup_flags | FOLL_WRITE, pages, &nr)
                mm/gup.c:228: get_user_pages_fast(): reaches lookup gup_pgd_range(start, end, gup_flags | FOLL_WRITE, pages, &nr)
            rules/gup-forced-write/v1-backport: AFFECTED (3 errors, 0 warnings, 1 note); read-only file THP: present; 4 files, 16 functions, 0 unparsed, 0 ms
            """;

    @Test
    void v1BackportReadsLikeACompilerWithItsWitnessPaths() throws Exception {
        assertEquals(V1, lf(render(new ScanTextReport(), scan("v1-backport"))));
    }

    @Test
    void presenceConditionsFollowThePath() throws Exception {
        List<String> lines = lf(render(new ScanTextReport(), scan("x1-forcing-under-ifdef"))).lines().toList();
        assertEquals(List.of(
                "mm/gup.c:48: error: forced FOLL_WRITE reaches a hugetlb lookup; a read-only request COWs a huge page"
                        + " [gup-forced-write, kind=hugetlb, sink=follow_hugetlb_page, in __get_user_pages()]",
                "    mm/gup.c:48: __get_user_pages(): forced here: foll_flags |= FOLL_WRITE",
                "    mm/gup.c:47: __get_user_pages(): only guarded by should_force_cow_break(vma, foll_flags)",
                "    mm/gup.c:50: __get_user_pages(): reaches lookup follow_hugetlb_page(mm, vma, pages, NULL, &start,"
                        + " &nr_pages, i, foll_flags, nonblocking)",
                "    mm/hugetlb.c:30: follow_hugetlb_page(): tested here: flags & FOLL_WRITE",
                "    conditions: CONFIG_GUP_FORCE_COW",
                "rules/gup-forced-write/x1-forcing-under-ifdef: AFFECTED (1 error, 0 warnings, 0 notes);"
                        + " read-only file THP: absent; 2 files, 4 functions, 0 unparsed, 0 ms"), lines);
    }

    @Test
    void aCleanTreeIsOneSummaryLine() throws Exception {
        assertEquals("rules/gup-forced-write/v0-no-forcing: CLEAN (0 errors, 0 warnings, 0 notes);"
                        + " read-only file THP: absent; 3 files, 11 functions, 0 unparsed, 0 ms\n",
                lf(render(new ScanTextReport(), scan("v0-no-forcing"))));
    }

    @Test
    void severalConditionsAreAConjunctionWithCompoundOnesParenthesized() {
        assertEquals("CONFIG_A && CONFIG_B", ScanTextReport.conjunction(List.of("CONFIG_A", "CONFIG_B")));
        assertEquals("CONFIG_A && (CONFIG_B || CONFIG_C)",
                ScanTextReport.conjunction(List.of("CONFIG_A", "CONFIG_B || CONFIG_C")));
        assertEquals("CONFIG_B || CONFIG_C", ScanTextReport.conjunction(List.of("CONFIG_B || CONFIG_C")));
    }

    @Test
    void otherFactsAreShownByNameAfterTheKnownOne() {
        Map<String, Boolean> facts = new TreeMap<>(Map.of("zzz", true, "aaa", false, "readOnlyFileThp", false));
        Finding warning = new Finding("r", Severity.WARNING, "k", "mm/a.c", 3, "f", "s", "m", List.of(),
                List.of(new PathEvent("mm/a.c", 3, "f", "forcing", "x |= F", List.of())));
        ScanResult result = new ScanResult("t", List.of(warning), facts, new ScanResult.Stats(1, 1, 1, 5));
        assertEquals("t: AFFECTED (0 errors, 1 warning, 0 notes); read-only file THP: absent; aaa: absent;"
                + " zzz: present; 1 file, 1 function, 1 unparsed, 5 ms", ScanTextReport.summary(result));
    }

    private static String lf(String s) {
        return s.replace("\r\n", "\n");
    }
}
