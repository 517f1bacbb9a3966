package gupcheck.cpp;

/** A kernel {@code .config} file that cannot be understood; the message reads {@code path:line: problem}. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final String problem;

    public ConfigException(String path, int line, String problem) {
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
