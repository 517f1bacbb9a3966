package gupcheck.source.patch;

import java.util.List;

/**
 * One patch: a mail of a series, a single mail, or a plain diff (then subject, from and messageId are
 * null). {@code name} is how messages refer to it: the input's name for a single patch, the subject
 * for a member of a series.
 */
public record PatchMail(String name, String subject, String from, String messageId, List<FilePatch> files) {

    public PatchMail {
        files = List.copyOf(files);
        if (name == null) {
            name = subject != null ? subject : "patch";
        }
    }

    /** A patch named after its subject, for callers that build one by hand. */
    public PatchMail(String subject, String from, String messageId, List<FilePatch> files) {
        this(null, subject, from, messageId, files);
    }
}
