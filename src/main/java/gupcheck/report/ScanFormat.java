package gupcheck.report;

/**
 * The formats of {@code gupcheck scan --format}. The names are the CLI's words, so they stay
 * lower case. The tool version is a parameter because this package must not reach into the CLI
 * (the pipeline flows one way: cli depends on report, never the reverse).
 */
public enum ScanFormat {
    text, json, sarif, github;

    public ScanReport writer(String toolVersion) {
        return switch (this) {
            case text -> new ScanTextReport();
            case json -> new ScanJsonReport(toolVersion);
            case sarif -> new SarifReport(toolVersion);
            case github -> new GithubAnnotations();
        };
    }
}
