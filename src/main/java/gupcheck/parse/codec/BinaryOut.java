package gupcheck.parse.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes for the cache: unsigned varints, and strings written once and then referred to by
 * number (a parse tree repeats the same names, types and operators thousands of times).
 */
public final class BinaryOut {

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();

    /** Starts an entry that {@link BinaryIn#openSealed} will accept only with the same magic and format. */
    public static BinaryOut sealed(long magic, int format) {
        BinaryOut out = new BinaryOut();
        out.writeLong(magic);
        out.writeVarint(format);
        return out;
    }

    /** The bytes written, followed by their CRC-32, which {@link BinaryIn#openSealed} checks. */
    public byte[] toSealedBytes() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 0, size);
        writeLong(crc.getValue());
        return toByteArray();
    }

    public void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** Non-negative ints in 1 to 5 bytes, seven bits at a time. */
    public void writeVarint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        ensure(5);
        while (value >= 0x80) {
            bytes[size++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    /** Ints that may be negative (line shifts, counts that are -1). */
    public void writeSignedVarint(int value) {
        writeVarint((value << 1) ^ (value >> 31));
    }

    public void writeLong(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (value >>> (56 - 8 * i));
        }
    }

    /** 0 for null; 1 and the UTF-8 bytes for a string not seen before; 2 + n for the n-th string seen. */
    public void writeString(String value) {
        if (value == null) {
            writeVarint(0);
            return;
        }
        Integer seen = strings.get(value);
        if (seen != null) {
            writeVarint(2 + seen);
            return;
        }
        strings.put(value, strings.size());
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeVarint(1);
        writeVarint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** A list of strings that may itself be null (distinct from empty). */
    public void writeStrings(java.util.List<String> values) {
        writeBoolean(values != null);
        if (values != null) {
            writeVarint(values.size());
            values.forEach(this::writeString);
        }
    }

    private byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
