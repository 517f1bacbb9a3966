package gupcheck.source;

/**
 * C text to analyse. {@code path} is what reports show (relative to the tree, like
 * {@code mm/gup.c}); {@code blobId} is the git blob id when the text came from a repository, else null.
 */
public record SourceFile(String path, String blobId, String text) { }
