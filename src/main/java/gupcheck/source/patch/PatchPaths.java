package gupcheck.source.patch;

import java.util.regex.Pattern;

/**
 * Refuses paths that would leave the tree. Nothing is written to disk, but a path such as
 * {@code ../../mm/gup.c} would still make the analysis report on a file the patch does not really
 * change, and a patch that tries it is not one to trust.
 */
final class PatchPaths {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[/\\\\].*");

    private PatchPaths() {
    }

    static void check(String patch, FilePatch file) throws PatchException {
        for (String path : new String[] {file.oldPath(), file.newPath()}) {
            String reason = path == null ? null : problem(path);
            if (reason != null) {
                throw new PatchException(patch + ": " + path + ": " + reason + "; refused");
            }
        }
    }

    private static String problem(String path) {
        if (path.isEmpty()) {
            return "empty path";
        }
        if (path.indexOf('\0') >= 0) {
            return "path contains a NUL byte";
        }
        if (path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).matches()) {
            return "absolute path";
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return "path leaves the tree (\"..\")";
            }
        }
        return null;
    }
}
