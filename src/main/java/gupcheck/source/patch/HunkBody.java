package gupcheck.source.patch;

import gupcheck.source.patch.HunkLine.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.patch.HunkHeader;

/**
 * Reads the lines of one hunk out of JGit's buffer. JGit finds where a hunk starts and ends, but it
 * lets a hunk run on over trailing blank lines (it counts an empty line as context, which mailers
 * make of a blank context line); the header's counts decide here, as they do for {@code patch}.
 */
final class HunkBody {

    private HunkBody() {
    }

    static Hunk read(String name, String path, HunkHeader jgit) throws PatchException {
        byte[] buf = jgit.getBuffer();
        int end = jgit.getEndOffset();
        int eol = lineEnd(buf, jgit.getStartOffset(), end);
        String header = text(buf, jgit.getStartOffset(), eol);
        int oldCount = jgit.getOldImage().getLineCount();
        int newCount = jgit.getNewLineCount();
        List<HunkLine> lines = new ArrayList<>();
        int oldSeen = 0;
        int newSeen = 0;
        int pos = eol + 1;
        while (pos < end && (oldSeen < oldCount || newSeen < newCount || buf[pos] == '\\')) {
            int lineEnd = lineEnd(buf, pos, end);
            byte marker = buf[pos];
            if (marker == '\\') {
                // "\ No newline at end of file" belongs to the line before it.
                if (!lines.isEmpty()) {
                    HunkLine last = lines.remove(lines.size() - 1);
                    lines.add(new HunkLine(last.kind(), last.text(), true));
                }
            } else {
                Kind kind = switch (marker) {
                    case '-' -> Kind.REMOVED;
                    case '+' -> Kind.ADDED;
                    default -> Kind.CONTEXT; // ' ', or an empty line whose blank the mailer stripped
                };
                String text = marker == '\n' ? "" : text(buf, pos + 1, lineEnd);
                lines.add(new HunkLine(kind, text, false));
                oldSeen += kind != Kind.ADDED ? 1 : 0;
                newSeen += kind != Kind.REMOVED ? 1 : 0;
            }
            pos = lineEnd + 1;
        }
        if (oldSeen != oldCount || newSeen != newCount) {
            throw new PatchException(name + ": " + path + ": hunk " + range(header) + " has " + oldSeen + " old and "
                    + newSeen + " new lines, its header says " + oldCount + " and " + newCount);
        }
        rejectLeftovers(name, path, header, buf, pos, end);
        return new Hunk(header, jgit.getOldImage().getStartLine(), oldCount, jgit.getNewStartLine(), newCount, lines);
    }

    /**
     * Blank lines and a signature after the counted lines are mail furniture; a further diff line means
     * the header undercounts, and silently dropping an added line would hide it from the analysis.
     */
    private static void rejectLeftovers(String name, String path, String header, byte[] buf, int pos, int end)
            throws PatchException {
        while (pos < end) {
            int lineEnd = lineEnd(buf, pos, end);
            String line = text(buf, pos, lineEnd);
            if (line.equals("-- ")) {
                return;
            }
            if (!line.isEmpty()) {
                throw new PatchException(name + ": " + path + ": hunk " + range(header)
                        + " has more lines than its header says (\"" + line + "\")");
            }
            pos = lineEnd + 1;
        }
    }

    private static String range(String header) {
        return new Hunk(header, 0, 0, 0, 0, List.of()).range();
    }

    private static int lineEnd(byte[] buf, int from, int end) {
        int i = from;
        while (i < end && buf[i] != '\n') {
            i++;
        }
        return i;
    }

    private static String text(byte[] buf, int from, int to) {
        return new String(buf, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }
}
