package gupcheck.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into C text, refusing what is not a C source file. */
public final class SourceDecoder {

    /** The largest kernel C file is well under 1 MiB; anything this big is not what we expect. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private SourceDecoder() {
    }

    public static String decode(String name, byte[] bytes) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(name + ": file too large (" + bytes.length + " bytes, limit " + MAX_BYTES + ")");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name + ": binary file (NUL byte at offset " + i + ")");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not UTF-8 text (" + lineOfFirstBadByte(bytes) + ")");
        }
    }

    private static String lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length || !continuationBytes(bytes, i + 1, length - 1)) {
                return "invalid byte 0x" + Integer.toHexString(b) + " on line " + line;
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return "invalid byte sequence";
    }

    private static boolean continuationBytes(byte[] bytes, int from, int count) {
        for (int k = 0; k < count; k++) {
            if ((bytes[from + k] & 0xc0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
