package gupcheck.cpp;

import java.util.Objects;

/**
 * Conditional preprocessing of one C file: strips comments, resolves
 * {@code #if}/{@code #ifdef} chains against a {@link Configuration} and records
 * macro definitions. It does not include files or expand macros in code.
 * Stateless between calls, so one instance may serve many files and threads.
 */
public final class Preprocessor {
    private final Configuration configuration;

    public Preprocessor(Configuration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * @param path used only in messages and in the result
     * @param text the whole file as read
     */
    public PreprocessedFile process(String path, String text) throws PreprocessorException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        return new PreprocessingRun(path, CommentBlanker.scan(text), configuration).run();
    }
}
