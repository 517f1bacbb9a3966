package gupcheck.source.patch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses one RFC 822 message with mime4j's DOM and hands back its headers and the text that may hold
 * the patch. All MIME work (structure, transfer encodings, encoded-word headers) is mime4j's.
 */
final class MailDecoder {

    /** A message reduced to what a patch needs. */
    record DecodedMail(String subject, String from, String messageId, String body) { }

    private final DefaultMessageBuilder builder = new DefaultMessageBuilder();

    MailDecoder() {
        // Kernel mail has long lines (diffs are not wrapped) and long header blocks (Cc lists,
        // Received chains); mime4j's defaults would reject both.
        builder.setMimeEntityConfig(MimeConfig.custom()
                .setStrictParsing(false)
                .setMaxLineLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxHeaderLen(-1)
                .setMaxContentLen(-1)
                .build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
    }

    /** @return the message, or null when the bytes have none of a mail's headers (a plain diff) */
    DecodedMail decode(String name, byte[] bytes) throws PatchException {
        Message message = parse(name, bytes);
        try {
            if (message.getHeader().getField("From") == null && message.getHeader().getField("Subject") == null
                    && message.getHeader().getField("Message-ID") == null) {
                return null;
            }
            String body = MailText.of(name, message);
            return new DecodedMail(strip(message.getSubject()), from(message.getFrom()), strip(message.getMessageId()), body);
        } finally {
            message.dispose();
        }
    }

    private Message parse(String name, byte[] bytes) throws PatchException {
        try {
            return builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException e) { // mime4j's MimeIOException included
            throw new PatchException(name + ": cannot parse the mail (" + e.getMessage() + ")", e);
        }
    }

    private static String from(MailboxList from) {
        if (from == null || from.isEmpty()) {
            return null;
        }
        Mailbox first = from.get(0);
        return first.getName() == null || first.getName().isBlank()
                ? first.getAddress()
                : first.getName() + " <" + first.getAddress() + ">";
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
