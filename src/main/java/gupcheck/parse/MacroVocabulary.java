package gupcheck.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The kernel vocabulary the parser needs without headers: annotation macros to drop and type
 * names that cannot be recognised by shape. Kept in resources so extending it needs no code.
 */
public final class MacroVocabulary {

    private static final MacroVocabulary DEFAULT = load();

    private final Set<String> plainAnnotations;
    private final Set<String> annotationsWithArguments;
    private final Set<String> baseTypes;

    private MacroVocabulary(Set<String> plainAnnotations, Set<String> annotationsWithArguments, Set<String> baseTypes) {
        this.plainAnnotations = Set.copyOf(plainAnnotations);
        this.annotationsWithArguments = Set.copyOf(annotationsWithArguments);
        this.baseTypes = Set.copyOf(baseTypes);
    }

    public static MacroVocabulary standard() {
        return DEFAULT;
    }

    public boolean isPlainAnnotation(String name) {
        return plainAnnotations.contains(name);
    }

    public boolean isAnnotationWithArguments(String name) {
        return annotationsWithArguments.contains(name);
    }

    public boolean isBaseType(String name) {
        return baseTypes.contains(name);
    }

    private static MacroVocabulary load() {
        Set<String> plain = new HashSet<>();
        Set<String> withArguments = new HashSet<>();
        for (String entry : readList("annotation-macros.txt")) {
            if (entry.endsWith("()")) {
                withArguments.add(entry.substring(0, entry.length() - 2));
            } else {
                plain.add(entry);
            }
        }
        return new MacroVocabulary(plain, withArguments, new HashSet<>(readList("base-types.txt")));
    }

    private static Set<String> readList(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = MacroVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource gupcheck/parse/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!entry.isEmpty()) {
                    names.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
