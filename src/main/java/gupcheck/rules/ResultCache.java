package gupcheck.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gupcheck.parse.ParsedFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
            JsonNode entry = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (entry == null || !key.equals(entry.path("key").asText()) || !entry.has("result")) {
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            return Optional.of(JSON.treeToValue(entry.get("result"), ScanResult.class));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // an unreadable entry we cannot delete is simply not used
            }
            return Optional.empty();
        }
    }

    /** Best effort: a cache that cannot be written costs speed, not correctness. */
    public void put(String key, ScanResult result) {
        try {
            Path file = fileOf(key);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
            var entry = JSON.createObjectNode();
            entry.put("key", key);
            entry.set("result", JSON.valueToTree(result));
            Files.writeString(temp, JSON.writeValueAsString(entry), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // read-only or full disk: carry on without caching
        }
    }

    /**
     * A parsed file by path and blob id: a patch that changes one file leaves the others' parse
     * trees reusable. Java serialization, read back with a filter that admits only gupcheck's
     * own classes and the JDK collections they hold.
     */
    public Optional<ParsedFile> getParsed(String path, String blobId) {
        Path file = parsedFileOf(path, blobId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            in.setObjectInputFilter(PARSED_CLASSES);
            Object value = in.readObject();
            if (value instanceof ParsedFile parsed && parsed.path().equals(path)) {
                return Optional.of(parsed);
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // unreadable, foreign or from another build: parse again
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the next run to overwrite
        }
        return Optional.empty();
    }

    public void putParsed(String path, String blobId, ParsedFile parsed) {
        try {
            Path file = parsedFileOf(path, blobId);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".parsed", ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeObject(parsed);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // carry on without caching
        }
    }

    private static final ObjectInputFilter PARSED_CLASSES =
            ObjectInputFilter.Config.createFilter("gupcheck.**;java.util.**;java.lang.*;!*");

    private Path parsedFileOf(String path, String blobId) {
        String key = sha256(salt + "\nparsed\n" + path + "\n" + blobId);
        return directory.resolve("parsed").resolve(key.substring(0, 2)).resolve(key + ".bin");
    }

    private Path fileOf(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
