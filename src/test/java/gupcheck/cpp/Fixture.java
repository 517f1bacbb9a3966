package gupcheck.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared helpers. Every run through {@link #preprocess} also checks the stage's
 * central promise: the output has exactly as many lines as the input.
 */
final class Fixture {
    static final String PATH = "test.c";

    private Fixture() {
    }

    /** Joins lines with a newline after each, like a file on disk. */
    static String lines(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    static PreprocessedFile preprocess(String text) throws PreprocessorException {
        return preprocess(Configuration.allEnabled(), text);
    }

    static PreprocessedFile preprocess(Configuration configuration, String text) throws PreprocessorException {
        PreprocessedFile file = new Preprocessor(configuration).process(PATH, text);
        assertEquals(countNewlines(text), countNewlines(file.text()), "newlines in output");
        assertEquals(countLines(text), file.lineCount(), "lineCount()");
        if (countNewlines(text) == countLines(text)) {
            assertEquals(countLines(text), countLines(file.text()), "output line count");
        }
        return file;
    }

    static int countLines(String text) {
        int newlines = countNewlines(text);
        return text.isEmpty() || text.endsWith("\n") ? newlines : newlines + 1;
    }

    static int countNewlines(String text) {
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        return newlines;
    }

    static List<Integer> keptLines(PreprocessedFile file) {
        List<Integer> kept = new ArrayList<>();
        for (int line = 1; line <= file.lineCount(); line++) {
            if (file.isKept(line)) {
                kept.add(line);
            }
        }
        return kept;
    }

    static Configuration kconfig(String... lines) throws ConfigException {
        return Configuration.parseKconfig(".config", lines(lines));
    }
}
