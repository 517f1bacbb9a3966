package gupcheck.source.patch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an mbox into its messages. A separator is a {@code From } line that looks like an mbox
 * envelope (sender, then a date with a time of day), the test git's mailsplit makes, so that a commit
 * message line beginning with "From " does not split a mail. Works on bytes: each message may have its
 * own charset, which only the MIME decoder knows.
 */
final class MboxSplitter {

    private static final Pattern ENVELOPE = Pattern.compile("From \\S+ .*\\b\\d{1,2}:\\d\\d(:\\d\\d)?\\b.*");
    private static final Pattern QUOTED_FROM = Pattern.compile(">+From .*", Pattern.DOTALL);

    private MboxSplitter() {
    }

    /** True when the input starts with an envelope line: an mbox, or a single git format-patch file. */
    static boolean isMbox(byte[] bytes) {
        return isEnvelope(firstLine(bytes, 0));
    }

    /** @return the messages, envelope lines removed and mboxrd {@code >From } quoting undone */
    static List<byte[]> split(byte[] bytes) {
        List<byte[]> messages = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int pos = 0;
        while (pos < bytes.length) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, bytes.length);
            String line = new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1);
            if (isEnvelope(line)) {
                if (current != null) {
                    messages.add(current.toByteArray());
                }
                current = new ByteArrayOutputStream();
            } else if (current != null) {
                // mboxrd: the writer added one '>' to every ">*From " line of the body.
                int skip = QUOTED_FROM.matcher(line).matches() ? 1 : 0;
                current.write(bytes, pos + skip, next - pos - skip);
            }
            pos = next;
        }
        if (current != null) {
            messages.add(current.toByteArray());
        }
        return messages;
    }

    private static String firstLine(byte[] bytes, int from) {
        int end = from;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isEnvelope(String line) {
        return ENVELOPE.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).matches();
    }
}
