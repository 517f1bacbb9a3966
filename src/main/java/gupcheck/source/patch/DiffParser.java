package gupcheck.source.patch;

import gupcheck.source.patch.FilePatch.ChangeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.patch.CombinedFileHeader;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.FormatError;
import org.eclipse.jgit.patch.HunkHeader;
import org.eclipse.jgit.patch.Patch;

/**
 * Finds the diff in a text (a plain diff, or a mail body with the commit message and diffstat around it)
 * with JGit's patch parser, which skips what is not a diff, and turns it into {@link FilePatch}es that
 * do not expose JGit types.
 */
final class DiffParser {

    private DiffParser() {
    }

    /** @param name the patch, for messages; @return the files, empty when the text holds no diff */
    static List<FilePatch> parse(String name, String text) throws PatchException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Patch patch = new Patch();
        try {
            patch.parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new PatchException(name + ": cannot read the diff (" + e.getMessage() + ")", e);
        }
        for (FormatError error : patch.getErrors()) {
            if (error.getSeverity() == FormatError.Severity.ERROR) {
                throw new PatchException(name + ": malformed diff at line " + lineOf(bytes, error.getOffset()) + ": "
                        + error.getMessage() + " (" + error.getLineText().strip() + ")");
            }
        }
        List<FilePatch> files = new ArrayList<>();
        for (FileHeader header : patch.getFiles()) {
            files.add(toFilePatch(name, header));
        }
        return files;
    }

    private static FilePatch toFilePatch(String name, FileHeader header) throws PatchException {
        if (header instanceof CombinedFileHeader) {
            // A merge's combined diff has no single old side to apply to.
            throw new PatchException(name + ": " + header.getNewPath() + ": combined diff (diff --cc) of a merge cannot be applied");
        }
        boolean binary = header.getPatchType() != FileHeader.PatchType.UNIFIED;
        String oldPath = path(header.getOldPath());
        String newPath = path(header.getNewPath());
        List<Hunk> hunks = new ArrayList<>();
        for (HunkHeader hunk : header.getHunks()) {
            hunks.add(HunkBody.read(name, newPath != null ? newPath : oldPath, hunk));
        }
        return new FilePatch(oldPath, newPath, changeType(header.getChangeType()), binary, hunks);
    }

    private static String path(String jgitPath) {
        return jgitPath == null || DiffEntry.DEV_NULL.equals(jgitPath) ? null : jgitPath;
    }

    private static ChangeType changeType(DiffEntry.ChangeType type) {
        return switch (type) {
            case ADD -> ChangeType.ADD;
            case MODIFY -> ChangeType.MODIFY;
            case DELETE -> ChangeType.DELETE;
            case RENAME -> ChangeType.RENAME;
            case COPY -> ChangeType.COPY;
        };
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
