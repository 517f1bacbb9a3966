package gupcheck.source.patch;

import java.util.List;

/**
 * The change a patch makes to one file. Paths are relative to the tree with the {@code a/}, {@code b/}
 * prefixes stripped (JGit strips the first component, as {@code patch -p1} does); {@code oldPath} is
 * null for an added file and {@code newPath} null for a deleted one. A binary patch has no hunks.
 */
public record FilePatch(String oldPath, String newPath, ChangeType changeType, boolean binary, List<Hunk> hunks) {

    public enum ChangeType { ADD, MODIFY, DELETE, RENAME, COPY }

    public FilePatch {
        hunks = List.copyOf(hunks);
    }

    /** The path the change is about: the new one, or the old one for a deletion. */
    public String path() {
        return newPath != null ? newPath : oldPath;
    }
}
