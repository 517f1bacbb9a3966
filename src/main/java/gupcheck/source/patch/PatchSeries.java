package gupcheck.source.patch;

import java.util.List;

/**
 * What a {@code --patch} input holds: the patches in the order to apply them; {@code skipped} says which
 * mails were left out and why (cover letters, replies, mails without a diff); {@code notes} remarks on
 * the series (reordered, a patch missing).
 */
public record PatchSeries(List<PatchMail> patches, List<String> skipped, List<String> notes) {

    public PatchSeries {
        patches = List.copyOf(patches);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
