package gupcheck.rules;

import gupcheck.parse.ParsedFile;
import gupcheck.parse.codec.ParsedFileCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Scan results on disk, keyed by what determines them: gupcheck's version, the rules' content,
 * the #if configuration and the blob ids of the target's files. An entry that cannot be read,
 * or whose recorded key differs, is ignored and rebuilt, never trusted.
 */
public final class ResultCache {

    private final Path directory;
    private final String salt;

    /** @param salt what all keys share: version, rules hash, configuration fingerprint */
    public ResultCache(Path directory, String salt) {
        this.directory = directory;
        this.salt = salt;
    }

    /** {@code $XDG_CACHE_HOME/gupcheck}, else {@code ~/.cache/gupcheck}. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gupcheck");
    }

    public String keyOf(String targetKey) {
        return sha256(salt + "\n" + targetKey);
    }

    public Optional<ScanResult> get(String key) {
        Path file = fileOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ScanResult result = ScanResultCodec.decode(Files.readAllBytes(file), key);
            if (result != null) {
                return Optional.of(result);
            }
        } catch (IOException | RuntimeException e) {
            // damaged or from another format: rebuilt below by the caller's scan
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an unreadable entry we cannot delete is simply not used
        }
        return Optional.empty();
    }

    /** Best effort: a cache that cannot be written costs speed, not correctness. */
    public void put(String key, ScanResult result) {
        write(fileOf(key), ScanResultCodec.encode(key, result));
    }

    /**
     * A parsed file by path and blob id: a patch that changes one file leaves the others' parse
     * trees reusable. Stored in {@link ParsedFileCodec}'s format, which checks itself on reading.
     */
    public Optional<ParsedFile> getParsed(String path, String blobId) {
        Path file = parsedFileOf(path, blobId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ParsedFile parsed = ParsedFileCodec.decode(Files.readAllBytes(file));
            if (parsed.path().equals(path)) {
                return Optional.of(parsed);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable, damaged or from another format: parse again
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the next run to overwrite
        }
        return Optional.empty();
    }

    public void putParsed(String path, String blobId, ParsedFile parsed) {
        write(parsedFileOf(path, blobId), ParsedFileCodec.encode(parsed));
    }

    /** Whole or not at all: written aside, then moved into place. */
    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // read-only or full disk: carry on without caching
        }
    }

    private Path parsedFileOf(String path, String blobId) {
        String key = sha256(salt + "\nparsed\n" + path + "\n" + blobId);
        return directory.resolve("parsed").resolve(key.substring(0, 2)).resolve(key + ".parse");
    }

    private Path fileOf(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".result");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
