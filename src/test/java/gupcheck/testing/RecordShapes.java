package gupcheck.testing;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of record classes' shapes (their components' types and names, in order), for tests
 * that pin a cache format to the records it encodes: a changed record then fails the test until
 * the format's version is bumped along with the pinned digest.
 */
public final class RecordShapes {

    private RecordShapes() {
    }

    public static String digest(List<Class<?>> records) {
        StringBuilder shape = new StringBuilder();
        for (Class<?> record : records) {
            shape.append(record.getName()).append('(');
            for (RecordComponent c : record.getRecordComponents()) {
                shape.append(c.getGenericType().getTypeName()).append(' ').append(c.getName()).append(',');
            }
            shape.append(")\n");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shape.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
