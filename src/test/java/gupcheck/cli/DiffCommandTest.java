package gupcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gupcheck.source.git.DemoRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff and lint on the demo repository with the demo's patches: V0 to V1 is the backport
 * (03), V1 to V2/V3/V4 the three proposed fixes (07, 08, 09).
 */
class DiffCommandTest {

    private static final Path PATCHES = Path.of("examples/demo/patches");
    private static final String BACKPORT = PATCHES.resolve("03-v5.4.42.patch").toString();
    private static final String ANON_GUARD = PATCHES.resolve("07-v5.4.45-anon-guard.patch").toString();
    private static final String DENYWRITE = PATCHES.resolve("08-v5.4.45-denywrite.patch").toString();
    private static final String POST_LOOKUP = PATCHES.resolve("09-v5.4.45-post-lookup.patch").toString();

    @TempDir
    static Path shared;

    static Path repo;

    @TempDir
    Path tmp;

    @BeforeAll
    static void demoRepository() throws Exception {
        repo = shared.resolve("demo");
        DemoRepository.build(repo);
    }

    static JsonNode json(String base, String patch, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("diff", "--repo", repo.toString(), "--base", base, "--patch", patch,
                "--format", "json", "--no-cache"));
        args.addAll(List.of(extra));
        CliRunner run = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    static List<String> kinds(JsonNode findings) {
        List<String> kinds = new ArrayList<>();
        findings.forEach(f -> kinds.add(f.get("kind").asText()));
        return kinds;
    }

    @Test
    void backportIntroducesTheThreeKinds() throws Exception {
        JsonNode j = json("v5.4.41", BACKPORT);
        assertEquals(List.of("hugetlb", "file-pte", "file-thp", "fast-path"), kinds(j.get("introduced")));
        assertEquals(0, j.get("fixed").size());
        assertEquals("@@ -227,6 +238,8 @@", j.get("introduced").get(0).get("hunk").asText());
        assertEquals(242, j.get("introduced").get(0).get("anchor").get("line").asInt());
        assertEquals("v5.4.41", j.get("base").get("ref").asText());
    }

    @Test
    void anonGuardAndPostLookupFixThemDenywriteLeavesThem() throws Exception {
        JsonNode anon = json("v5.4.45", ANON_GUARD);
        assertEquals(List.of("hugetlb", "file-pte", "file-thp"), kinds(anon.get("fixed")));
        assertEquals(List.of("fast-path"), kinds(anon.get("unchanged")));
        assertEquals(0, anon.get("introduced").size());

        JsonNode deny = json("v5.4.45", DENYWRITE);
        assertEquals(0, deny.get("introduced").size());
        assertEquals(0, deny.get("fixed").size());
        assertEquals(List.of("hugetlb", "file-pte", "file-thp", "fast-path"), kinds(deny.get("unchanged")));

        JsonNode linus = json("v5.4.45", POST_LOOKUP);
        assertEquals(List.of("hugetlb", "file-pte", "file-thp"), kinds(linus.get("fixed")));
    }

    @Test
    void aTwoPatchSeriesWhoseNetIsUnchanged() throws Exception {
        String fix = Files.readString(Path.of(ANON_GUARD));
        Path mbox = tmp.resolve("series.mbox");
        Files.writeString(mbox, cover(2) + mail("[PATCH 1/2] mm/gup: guard the forcing", diffOf(fix))
                + mail("[PATCH 2/2] Revert \"mm/gup: guard the forcing\"", reverse(diffOf(fix))));
        JsonNode j = json("v5.4.45", mbox.toString());
        assertEquals(0, j.get("introduced").size());
        assertEquals(0, j.get("fixed").size());
        assertEquals(4, j.get("unchanged").size());
        assertEquals(2, j.get("patches").size());
        assertEquals(3, j.get("patches").get(0).get("fixed").size());
        assertEquals(3, j.get("patches").get(1).get("introduced").size());
    }

    @Test
    void theSamePatchAsSignedQuotedPrintableMailAndInAnMboxGivesTheSameAnswer() throws Exception {
        JsonNode plain = json("v5.4.41", BACKPORT);
        String diff = diffOf(Files.readString(Path.of(BACKPORT)));

        Path signed = tmp.resolve("signed.eml");
        Files.writeString(signed, """
                From: Stable Maintainer <stable@example.org>
                To: stable@vger.example.org
                Subject: [PATCH 5.4] mm/gup: break COW on every GUP that takes a reference
                Message-ID: <demo-1@example.org>
                MIME-Version: 1.0
                Content-Type: multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"; boundary="sig-boundary"

                --sig-boundary
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                """ + quotedPrintable("The backport, for review.\n\n---\n" + diff) + """

                --sig-boundary
                Content-Type: application/pgp-signature; name="signature.asc"

                -----BEGIN PGP SIGNATURE-----

                iQEzBAEBCAAdFiEEplaceholderplaceholderplaceholderAAoJEAAAAAAAAAAA
                =AAAA
                -----END PGP SIGNATURE-----

                --sig-boundary--
                """, StandardCharsets.UTF_8);
        JsonNode fromSigned = json("v5.4.41", signed.toString());

        Path mbox = tmp.resolve("one.mbox");
        Files.writeString(mbox, cover(1) + mail("[PATCH 1/1] mm/gup: break COW on every GUP that takes a reference", diff));
        JsonNode fromMbox = json("v5.4.41", mbox.toString());

        for (JsonNode other : List.of(fromSigned, fromMbox)) {
            assertEquals(plain.get("introduced"), other.get("introduced"));
            assertEquals(plain.get("fixed"), other.get("fixed"));
            assertEquals(plain.get("unchanged"), other.get("unchanged"));
        }
        assertTrue(fromMbox.get("skipped").toString().contains("0/1"), fromMbox.toString());
    }

    @Test
    void annotatedOutputOfTheBackportMatchesTheGoldenFile() throws Exception {
        CliRunner run = CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.41", "--patch", BACKPORT, "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        String expected = Files.readString(Path.of("src/test/resources/golden/diff-backport.txt"), StandardCharsets.UTF_8);
        assertEquals(expected, run.out().replace(repo.toString(), "<repo>"));
    }

    @Test
    void twoRefsAndOtherFormats() throws Exception {
        CliRunner refs = CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.45", "--head", "v5.4.45-post-lookup",
                "--format", "json", "--no-cache");
        assertEquals(0, refs.exitCode(), refs.err());
        assertEquals(3, new ObjectMapper().readTree(refs.out()).get("fixed").size());
        CliRunner annotated = CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.45", "--head", "v5.4.45-post-lookup", "--no-cache");
        assertTrue(annotated.out().contains("gupcheck: this change fixes error"), annotated.out());
        assertTrue(annotated.out().contains("> +\t\tif (PageAnon(page) && should_force_cow_break(vma, foll_flags) &&"), annotated.out());

        JsonNode sarif = new ObjectMapper().readTree(CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.45",
                "--patch", ANON_GUARD, "--format", "sarif", "--no-cache").out());
        List<String> states = new ArrayList<>();
        sarif.get("runs").get(0).get("results").forEach(r -> states.add(r.get("baselineState").asText()));
        assertEquals(3, states.stream().filter("absent"::equals).count(), states.toString());
        assertEquals(1, states.stream().filter("unchanged"::equals).count(), states.toString());

        JsonNode rdjson = new ObjectMapper().readTree(CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.41",
                "--patch", BACKPORT, "--format", "rdjson", "--no-cache").out());
        assertEquals(4, rdjson.get("diagnostics").size());
        assertTrue(rdjson.get("diagnostics").get(0).get("related_locations").size() >= 3);

        String github = CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.41", "--patch", BACKPORT,
                "--format", "github", "--no-cache").out();
        assertEquals(4, github.lines().count(), github);
    }

    @Test
    void lintFailsOnlyWhenTheChangeIntroducesAFinding() throws Exception {
        assertEquals(1, CliRunner.run("lint", "--repo", repo.toString(), "--base", "v5.4.41", "--patch", BACKPORT, "--no-cache").exitCode());
        assertEquals(0, CliRunner.run("lint", "--repo", repo.toString(), "--base", "v5.4.45", "--patch", ANON_GUARD, "--no-cache").exitCode());
        assertEquals(0, CliRunner.run("lint", "--repo", repo.toString(), "--base", "v5.4.45", "--patch", DENYWRITE, "--no-cache").exitCode());
        Path baseline = tmp.resolve("baseline.json");
        assertEquals(1, CliRunner.run("lint", "--repo", repo.toString(), "--base", "v5.4.41", "--patch", BACKPORT,
                "--write-baseline", baseline.toString(), "--no-cache").exitCode());
        assertTrue(Files.readString(baseline).contains("gup-forced-write|hugetlb|__get_user_pages|follow_hugetlb_page"));
        assertEquals(0, CliRunner.run("lint", "--repo", repo.toString(), "--base", "v5.4.41", "--patch", BACKPORT,
                "--baseline", baseline.toString(), "--no-cache").exitCode());
    }

    @Test
    void badPatchesAndRefsAreOneLineErrors() throws Exception {
        Path garbage = tmp.resolve("garbage.patch");
        Files.writeString(garbage, "this is not a patch\nat all\n");
        assertInputError(CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.41", "--patch", garbage.toString()), "garbage.patch");
        assertInputError(CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.40", "--patch", ANON_GUARD),
                "07-v5.4.45-anon-guard.patch: mm/gup.c: hunk @@ -238,7 +238,8 @@ does not apply");
        Path escape = tmp.resolve("escape.patch");
        Files.writeString(escape, Files.readString(Path.of(ANON_GUARD)).replace("a/mm/gup.c", "a/../etc/gup.c").replace("b/mm/gup.c", "b/../etc/gup.c"));
        assertInputError(CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.45", "--patch", escape.toString()), "..");
        assertInputError(CliRunner.run("diff", "--repo", repo.toString(), "--base", "v9.9", "--patch", ANON_GUARD), "v9.9: no such ref");
        assertInputError(CliRunner.run("diff", "--repo", repo.toString(), "--base", "v5.4.45", "--patch", tmp.resolve("none").toString()),
                "no such patch file");
    }

    private static void assertInputError(CliRunner run, String expected) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.errLines(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals("", run.out());
    }

    /** The diff part of a format-patch mail (from "diff --git" on, signature left out). */
    static String diffOf(String formatPatch) {
        return formatPatch.substring(formatPatch.indexOf("diff --git"));
    }

    static String reverse(String diff) {
        StringBuilder out = new StringBuilder();
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("@@")) {
                var m = java.util.regex.Pattern.compile("@@ -(\\S+) \\+(\\S+) @@(.*)").matcher(line);
                assertTrue(m.matches(), line);
                out.append("@@ -").append(m.group(2)).append(" +").append(m.group(1)).append(" @@").append(m.group(3));
            } else if (line.startsWith("index ")) {
                continue;
            } else if (line.startsWith("+") && !line.startsWith("+++")) {
                out.append('-').append(line.substring(1));
            } else if (line.startsWith("-") && !line.startsWith("---")) {
                out.append('+').append(line.substring(1));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString().replaceAll("\n+$", "\n");
    }

    static String cover(int n) {
        return mail("[PATCH 0/" + n + "] mm/gup: the forced COW break for 5.4.y", "A cover letter: no diff here.\n");
    }

    static String mail(String subject, String body) {
        return "From demo@example.org Mon Dec  6 10:00:00 2021\n"
                + "From: Demo <demo@example.org>\n"
                + "Subject: " + subject + "\n"
                + "Date: Mon, 6 Dec 2021 10:00:00 +0000\n"
                + "\n" + body + (body.endsWith("\n") ? "" : "\n") + "\n";
    }

    /** RFC 2045 quoted-printable, enough for ASCII text with tabs and long lines. */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            StringBuilder encoded = new StringBuilder();
            for (char c : line.toCharArray()) {
                encoded.append(c == '=' ? "=3D" : String.valueOf(c));
            }
            String l = encoded.toString();
            if (l.endsWith(" ") || l.endsWith("\t")) {
                l = l.substring(0, l.length() - 1) + (l.endsWith(" ") ? "=20" : "=09");
            }
            while (l.length() > 75) {
                int cut = 75;
                while (l.charAt(cut - 1) == '=' || l.charAt(cut - 2) == '=') {
                    cut--;
                }
                out.append(l, 0, cut).append("=\n");
                l = l.substring(cut);
            }
            out.append(l).append('\n');
        }
        return out.toString();
    }
}
