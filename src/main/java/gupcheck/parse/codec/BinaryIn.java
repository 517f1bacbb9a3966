package gupcheck.parse.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link BinaryOut} wrote. Every length and reference is checked against what is
 * left, so a damaged entry fails with {@link CodecException} instead of allocating wildly.
 */
public final class BinaryIn {

    private final byte[] bytes;
    private int position;
    private final int end;
    private final List<String> strings = new ArrayList<>();

    public BinaryIn(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    /** Checks the CRC, magic and format that {@link BinaryOut#sealed} wrote; reads on from after them. */
    public static BinaryIn openSealed(byte[] bytes, long magic, int format) throws CodecException {
        if (bytes.length < 17) {
            throw new CodecException("too short");
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (new BinaryIn(bytes, bytes.length - 8, 8).readLong() != crc.getValue()) {
            throw new CodecException("checksum mismatch");
        }
        BinaryIn in = new BinaryIn(bytes, 0, bytes.length - 8);
        if (in.readLong() != magic) {
            throw new CodecException("not this kind of entry");
        }
        int found = in.readVarint();
        if (found != format) {
            throw new CodecException("format " + found + ", expected " + format);
        }
        return in;
    }

    /** What {@link BinaryOut#writeStrings} wrote: null, or an unmodifiable list. */
    public List<String> readStrings() throws CodecException {
        if (!readBoolean()) {
            return null;
        }
        String[] values = new String[readCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readString();
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(values));
    }

    /** Fails unless every byte was read: a shorter read means the layout is not this build's. */
    public void expectEnd() throws CodecException {
        if (position != end) {
            throw new CodecException("trailing bytes");
        }
    }

    public int readByte() throws CodecException {
        if (position >= end) {
            throw new CodecException("truncated");
        }
        return bytes[position++] & 0xff;
    }

    public boolean readBoolean() throws CodecException {
        int value = readByte();
        if (value > 1) {
            throw new CodecException("bad boolean " + value);
        }
        return value == 1;
    }

    public int readVarint() throws CodecException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            value |= (b & 0x7f) << shift;
            if (b < 0x80) {
                if (value < 0) {
                    throw new CodecException("varint out of range");
                }
                return value;
            }
        }
        throw new CodecException("varint too long");
    }

    public int readSignedVarint() throws CodecException {
        int raw = readVarint();
        return (raw >>> 1) ^ -(raw & 1);
    }

    public long readLong() throws CodecException {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | readByte();
        }
        return value;
    }

    /** A count of items that each take at least one byte: no more than the bytes left. */
    public int readCount() throws CodecException {
        int count = readVarint();
        if (count > end - position) {
            throw new CodecException("count " + count + " exceeds the " + (end - position) + " bytes left");
        }
        return count;
    }

    public String readString() throws CodecException {
        int code = readVarint();
        if (code == 0) {
            return null;
        }
        if (code == 1) {
            int length = readCount();
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            strings.add(value);
            return value;
        }
        int index = code - 2;
        if (index >= strings.size()) {
            throw new CodecException("string reference " + index + " before its definition");
        }
        return strings.get(index);
    }
}
