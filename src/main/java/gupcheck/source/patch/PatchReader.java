package gupcheck.source.patch;

import gupcheck.source.patch.MailDecoder.DecodedMail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code --patch} input: a plain unified diff, one mail ({@code git format-patch} output or a
 * saved message), or an mbox holding a series. Cover letters, replies and mails without a diff are
 * skipped and listed; the patches come back in the order to apply them.
 */
public final class PatchReader {

    /** A series of a few hundred patches is well under this; anything larger is not a patch mail. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private final MailDecoder mails = new MailDecoder();

    /** @param source how messages name the input: the file name as given, or {@code <stdin>} */
    public PatchSeries read(String source, InputStream in) throws PatchException {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new PatchException(source + ": input too large (over " + MAX_BYTES + " bytes)");
            }
            return read(source, bytes);
        } catch (IOException e) {
            throw new PatchException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public PatchSeries read(String source, byte[] bytes) throws PatchException {
        List<DecodedMail> decoded = new ArrayList<>();
        if (MboxSplitter.isMbox(bytes)) {
            List<byte[]> messages = MboxSplitter.split(bytes);
            for (int i = 0; i < messages.size(); i++) {
                String where = messages.size() == 1 ? source : source + " (mail " + (i + 1) + ")";
                DecodedMail mail = mails.decode(where, messages.get(i));
                // An mbox member without mail headers is still a message; keep it so that it is reported.
                decoded.add(mail != null ? mail : new DecodedMail(null, null, null, ""));
            }
        } else if (!startsWithHeaderField(bytes)) {
            return plainDiff(source, bytes);   // "diff --git", "--- a/", prose: not a message, no MIME to decode
        } else {
            DecodedMail mail = mails.decode(source, bytes);
            if (mail == null) {
                return plainDiff(source, bytes);
            }
            decoded.add(mail);
        }
        return fromMails(source, decoded);
    }

    /**
     * Whether the first line can open an RFC 5322 header: a field name (printable ASCII without
     * colon or space) and a colon. Anything else is surely not a message.
     */
    static boolean startsWithHeaderField(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] >= 0x21 && bytes[i] <= 0x7e && bytes[i] != ':') {
            i++;
        }
        return i > 0 && i < bytes.length && bytes[i] == ':';
    }

    private static PatchSeries plainDiff(String source, byte[] bytes) throws PatchException {
        List<FilePatch> files = DiffParser.parse(source, utf8(source, bytes));
        if (files.isEmpty()) {
            throw new PatchException(source + ": no diff found (neither a unified diff nor a patch mail)");
        }
        return new PatchSeries(List.of(new PatchMail(source, null, null, null, files)), List.of(), List.of());
    }

    private static PatchSeries fromMails(String source, List<DecodedMail> decoded) throws PatchException {
        List<PatchMail> patches = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < decoded.size(); i++) {
            DecodedMail mail = decoded.get(i);
            String label = mail.subject() != null ? "\"" + mail.subject() + "\"" : "mail " + (i + 1);
            if (SeriesOrder.isCoverLetter(mail.subject())) {
                skipped.add(source + ": " + label + ": cover letter");
                continue;
            }
            if (SeriesOrder.isReply(mail.subject())) {
                skipped.add(source + ": " + label + ": reply");
                continue;
            }
            String name = decoded.size() == 1 ? source : mail.subject() != null ? mail.subject() : source + " (mail " + (i + 1) + ")";
            List<FilePatch> files = DiffParser.parse(name, mail.body());
            if (files.isEmpty()) {
                skipped.add(source + ": " + label + ": no diff in it");
                continue;
            }
            patches.add(new PatchMail(name, mail.subject(), mail.from(), mail.messageId(), files));
        }
        if (patches.isEmpty()) {
            throw new PatchException(skipped.size() == 1
                    ? skipped.get(0) + "; no patch found"
                    : source + ": no patch found in " + skipped.size() + " mails (cover letters, replies or no diff)");
        }
        List<String> notes = new ArrayList<>();
        List<PatchMail> ordered = SeriesOrder.order(source, patches, notes);
        return new PatchSeries(ordered, skipped, notes);
    }

    /** A plain diff has no charset label; the kernel is UTF-8, and a wrong guess would only make hunks miss. */
    private static String utf8(String source, byte[] bytes) throws PatchException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PatchException(source + ": not UTF-8 text (a plain diff must be UTF-8; mail declares its charset)");
        }
    }
}
