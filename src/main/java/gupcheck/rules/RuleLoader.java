package gupcheck.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * Loads rule files with a strict schema: an unknown key, a value of the wrong type or a missing
 * field is an error naming the file and the key.
 */
public final class RuleLoader {

    /** Where the build puts the bundled rules inside the jar (see {@link RuleCompiler#BUNDLE}). */
    private static final String BUNDLED = "/gupcheck/rule-files/";

    /** Created on first use: the bundled rules need no YAML parser, and starting one is slow. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private RuleLoader() {
    }

    public static RuleSet fromDirectory(Path directory) throws RuleException {
        if (!Files.isDirectory(directory)) {
            throw new RuleException(directory + ": not a directory of rule files");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new RuleException(directory + ": cannot list (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new RuleException(directory + ": no rule files (*.yaml)");
        }
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(new Loaded(file.toString(), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new RuleException(file + ": cannot read (" + e.getMessage() + ")");
            }
        }
        return parseAll(loaded);
    }

    /** The bundled rules are read once per process, by whichever thread asks first. */
    private static final class Bundled {
        static final FutureTask<RuleSet> LOAD = new FutureTask<>(RuleLoader::readBundled);
    }

    /**
     * Reads the bundled rules now, on this thread, unless another thread already is: a command
     * line's start-up calls it on a spare core while the arguments are still being parsed.
     */
    public static void preloadBundled() {
        Bundled.LOAD.run();
    }

    /**
     * The rules in the jar, checked and encoded by {@link RuleCompiler} at build time; their
     * content hash is the one {@link #fromDirectory} computes for the same files.
     */
    public static RuleSet bundled() throws RuleException {
        Bundled.LOAD.run();
        try {
            return Bundled.LOAD.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the bundled rules", e);
        }
    }

    private static RuleSet readBundled() throws RuleException {
        String resource = BUNDLED + RuleCompiler.BUNDLE;
        try (InputStream in = RuleLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleException("bundled rules " + resource + " are missing from the jar");
            }
            return RuleSetCodec.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new RuleException("bundled rules " + resource + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private record Loaded(String name, byte[] bytes) { }

    private static RuleSet parseAll(List<Loaded> loaded) throws RuleException {
        List<RuleDefinition> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        MessageDigest digest = sha256();
        for (Loaded file : loaded) {
            RuleDefinition rule = parse(file.name(), new String(file.bytes(), StandardCharsets.UTF_8));
            if (!ids.add(rule.id())) {
                throw new RuleException(file.name() + ": key 'id': rule id '" + rule.id() + "' is used twice");
            }
            rules.add(rule);
            // by file name, not path: the same rules give the same hash (and cache keys) wherever they are read from
            digest.update(Path.of(file.name()).getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(file.bytes());
        }
        return new RuleSet(rules, HexFormat.of().formatHex(digest.digest()));
    }

    public static RuleDefinition parse(String name, String yaml) throws RuleException {
        if (yaml.isBlank()) {
            throw new RuleException(name + ": empty rule file");
        }
        RuleDefinition rule;
        try {
            rule = Yaml.MAPPER.readValue(yaml, RuleDefinition.class);
        } catch (JsonMappingException e) {
            throw new RuleException(name + ": key '" + path(e) + "': " + problem(e));
        } catch (JsonProcessingException e) {
            throw new RuleException(name + ": not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (rule == null) {
            throw new RuleException(name + ": empty rule file");
        }
        validate(name, rule);
        return rule;
    }

    private static void validate(String name, RuleDefinition rule) throws RuleException {
        require(name, "id", rule.id() != null && rule.id().matches("[a-z0-9][a-z0-9-]*"), "must be lower-case words joined by '-'");
        require(name, "flag", rule.flag() != null && rule.flag().matches("[A-Za-z_][A-Za-z0-9_]*"), "must be an identifier");
        require(name, "files", rule.files() != null && !rule.files().isEmpty(), "must list at least one file");
        require(name, "lookups", rule.lookups() != null && !rule.lookups().isEmpty(), "must list at least one lookup");
        for (int i = 0; i < rule.lookups().size(); i++) {
            RuleDefinition.Lookup lookup = rule.lookups().get(i);
            require(name, "lookups[" + i + "]", lookup != null, "is empty");
            require(name, "lookups[" + i + "].name", lookup.name().matches("[A-Za-z_][A-Za-z0-9_]*"), "must be a function name");
            require(name, "lookups[" + i + "].kind", lookup.kind().matches("[a-z0-9][a-z0-9-]*"), "must be lower-case words joined by '-'");
        }
    }

    private static void require(String name, String key, boolean ok, String problem) throws RuleException {
        if (!ok) {
            throw new RuleException(name + ": key '" + key + "': " + problem);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                && m.getMessage() != null && m.getMessage().startsWith("Missing required creator property")) {
            String missing = m.getMessage().replaceAll("(?s)^Missing required creator property '([^']*)'.*", "$1");
            if (out.toString().equals(missing) || out.toString().endsWith("." + missing)) {
                return out.toString();
            }
            return out.isEmpty() ? missing : out + "." + missing;
        }
        return out.isEmpty() ? "(top level)" : out.toString();
    }

    private static String problem(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return "unknown key";
        }
        if (message != null && message.startsWith("Missing required creator property")) {
            return "missing";
        }
        if (e.getCause() instanceof IllegalArgumentException iae) {
            return iae.getMessage();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "wrong type (expected " + typeName(m.getTargetType()) + ")";
        }
        return message == null ? "invalid" : message.lines().findFirst().orElse("invalid");
    }

    private static String typeName(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
