package gupcheck.parse;

import gupcheck.cpp.Configuration;
import gupcheck.cpp.PreprocessorException;
import gupcheck.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses many files on several threads, one {@link CFileParser} per thread (the ANTLR DFA
 * cache is shared between them). Results come back in input order whatever the scheduling.
 */
public final class FileSetParser {

    private final Configuration configuration;
    private final int jobs;

    public FileSetParser(Configuration configuration, int jobs) {
        this.configuration = configuration;
        this.jobs = Math.max(1, jobs);
    }

    /** What every C file, even an #included fragment of a function, has and a text file rarely does. */
    private static final java.util.regex.Pattern C_SIGNS = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*#[ \\t]*(include|define|if|ifdef|ifndef)\\b|[;{]");

    /**
     * Like {@link #parse}, refusing a file that is not C at all: nothing in it parses and it has
     * neither a preprocessor line nor a ';' or '{' (a text file, a binary without NUL bytes). A
     * real C file whose items all use constructs the grammar cannot read is still reported, item
     * by item.
     */
    public List<ParsedFile> parseSource(List<SourceFile> files) throws PreprocessorException, gupcheck.source.InputException {
        List<ParsedFile> parsed = parse(files);
        for (int i = 0; i < parsed.size(); i++) {
            ParsedFile file = parsed.get(i);
            if (file.nothingParsed() && !C_SIGNS.matcher(files.get(i).text()).find()) {
                throw new gupcheck.source.InputException(file.path() + ": not C source (none of its "
                        + file.chunks().size() + " top-level items parses; first: " + file.unparsed().get(0).message() + ")");
            }
        }
        return parsed;
    }

    public List<ParsedFile> parse(List<SourceFile> files) throws PreprocessorException {
        if (jobs == 1 || files.size() < 2) {
            CFileParser parser = new CFileParser(configuration);
            List<ParsedFile> parsed = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                parsed.add(parser.parse(file.path(), file.text()));
            }
            return parsed;
        }
        ThreadLocal<CFileParser> parsers = ThreadLocal.withInitial(() -> new CFileParser(configuration));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), runnable -> {
            Thread t = new Thread(runnable, "gupcheck-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ParsedFile>> futures = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                futures.add(pool.submit(() -> parsers.get().parse(file.path(), file.text())));
            }
            List<ParsedFile> parsed = new ArrayList<>(files.size());
            for (Future<ParsedFile> future : futures) {
                parsed.add(result(future));
            }
            return parsed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ParsedFile result(Future<ParsedFile> future) throws PreprocessorException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PreprocessorException p) {
                throw p;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
