package gupcheck.source.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the subject line says about a mail's place in a series: {@code [PATCH 0/N]} is a cover letter,
 * {@code [PATCH v2 3/7]} is the third patch. Orders a series by those numbers, as {@code b4} and
 * {@code git am} users expect, since mail archives hand out mails in arrival order.
 */
final class SeriesOrder {

    private static final Pattern COVER = Pattern.compile("\\[[^\\]]*\\bPATCH\\b[^\\]]*\\b0+/\\d+\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\[[^\\]]*\\bPATCH\\b[^\\]]*?\\b(\\d+)/(\\d+)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY = Pattern.compile("^\\s*(re|aw|sv)\\s*:", Pattern.CASE_INSENSITIVE);

    private SeriesOrder() {
    }

    static boolean isCoverLetter(String subject) {
        return subject != null && COVER.matcher(subject).find();
    }

    /** A reply may quote or suggest a diff, but it is not a member of the series. */
    static boolean isReply(String subject) {
        return subject != null && REPLY.matcher(subject).find();
    }

    /** The N and M of {@code N/M}, if the subject has them. */
    static Optional<int[]> number(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(subject);
        return m.find() ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}) : Optional.empty();
    }

    /**
     * Sorts by N when every patch is numbered (stable, so equal numbers cannot reorder anything else);
     * otherwise keeps the input order. Notes a reordering and missing numbers.
     *
     * @throws PatchException when two patches carry the same number: two versions of a series mixed
     */
    static List<PatchMail> order(String source, List<PatchMail> patches, List<String> notes) throws PatchException {
        if (patches.size() < 2 || patches.stream().anyMatch(p -> number(p.subject()).isEmpty())) {
            return patches;
        }
        Map<Integer, PatchMail> byNumber = new HashMap<>();
        int total = 0;
        for (PatchMail patch : patches) {
            int[] nm = number(patch.subject()).orElseThrow();
            PatchMail other = byNumber.put(nm[0], patch);
            if (other != null) {
                throw new PatchException(source + ": two mails are numbered " + nm[0] + "/" + nm[1] + " (\"" + other.subject()
                        + "\" and \"" + patch.subject() + "\"); is more than one version of the series in it?");
            }
            total = Math.max(total, nm[1]);
        }
        List<PatchMail> sorted = new ArrayList<>(patches);
        sorted.sort(Comparator.comparingInt(p -> number(p.subject()).orElseThrow()[0]));
        if (!sorted.equals(patches)) {
            notes.add(source + ": patches reordered by their N/M numbers");
        }
        for (int n = 1; n <= total; n++) {
            if (!byNumber.containsKey(n)) {
                notes.add(source + ": patch " + n + "/" + total + " is not in the input");
            }
        }
        return sorted;
    }
}
