package gupcheck.source.patch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;

/**
 * Collects the text of a mail's parts that can carry a patch: the plain-text body and patch
 * attachments, in the order they appear, with CRLF turned into LF as {@code git am} does. The diff
 * parser skips whatever in that text is not a diff.
 */
final class MailText {

    private static final Set<String> PATCH_TYPES = Set.of("text/plain", "text/x-patch", "text/x-diff",
            "application/x-patch", "application/x-diff");

    private final String name;
    private final StringBuilder out = new StringBuilder();

    private MailText(String name) {
        this.name = name;
    }

    static String of(String name, Message message) throws PatchException {
        MailText text = new MailText(name);
        text.collect(message);
        return text.out.toString().replace("\r\n", "\n");
    }

    private void collect(Entity entity) throws PatchException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            collectParts(multipart);
        } else if (body instanceof Message forwarded) {
            collect(forwarded);
        } else if (body instanceof SingleBody single && carriesPatch(entity)) {
            String text = ClearsignedText.unwrap(decode(entity, single));
            out.append(text);
            if (!text.endsWith("\n")) {
                out.append('\n');
            }
        }
    }

    private void collectParts(Multipart multipart) throws PatchException {
        List<Entity> parts = multipart.getBodyParts();
        switch (multipart.getSubType().toLowerCase(Locale.ROOT)) {
            case "signed" -> {
                // RFC 1847: the first part is what was signed; the second is the signature.
                if (!parts.isEmpty()) {
                    collect(parts.get(0));
                }
            }
            case "alternative" -> {
                // The same content several ways; the plain text is the one a patch survives in.
                Entity chosen = parts.stream().filter(p -> "text/plain".equalsIgnoreCase(p.getMimeType()))
                        .findFirst().orElse(parts.isEmpty() ? null : parts.get(0));
                if (chosen != null) {
                    collect(chosen);
                }
            }
            default -> {
                for (Entity part : parts) {
                    collect(part);
                }
            }
        }
    }

    private static boolean carriesPatch(Entity entity) {
        String type = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
        if (PATCH_TYPES.contains(type)) {
            return true;
        }
        // Some mailers attach a .patch file as a generic binary.
        String file = entity.getFilename();
        return "application/octet-stream".equals(type) && file != null
                && (file.endsWith(".patch") || file.endsWith(".diff"));
    }

    /** mime4j undoes the transfer encoding; the charset is applied here so that a wrong one is an error, not mojibake. */
    private String decode(Entity entity, SingleBody body) throws PatchException {
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new PatchException(name + ": cannot decode a mail part (" + e.getMessage() + ")", e);
        }
        // The Content-Type parameter itself: mime4j's TextBody quietly falls back to us-ascii for a
        // charset it does not know, which would hide the problem.
        String declared = entity.getCharset();
        Charset charset = charset(declared);
        try {
            return decode(bytes, charset != null ? charset : StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PatchException(name + ": " + (charset != null
                    ? "mail part is not valid " + charset.name() + " text"
                    : "mail part has the unknown charset \"" + declared + "\" and is not UTF-8"));
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /**
     * us-ascii is MIME's default when nothing is declared, but patch mail often carries 8-bit UTF-8
     * without saying so; UTF-8 reads every ASCII text the same, so it stands in for both. A charset
     * Java does not know gives null: the text is then tried as UTF-8, which plain ASCII always is.
     */
    private static Charset charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = Charset.forName(declared.strip());
            return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
