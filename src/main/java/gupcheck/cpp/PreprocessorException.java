package gupcheck.cpp;

/** A file whose conditional structure cannot be followed; the message reads {@code path:line: problem}. */
public final class PreprocessorException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final String problem;

    public PreprocessorException(String path, int line, String problem) {
        super(path + ":" + line + ": " + problem);
        this.path = path;
        this.line = line;
        this.problem = problem;
    }

    public String path() {
        return path;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
