package gupcheck.source.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as lines that remember where they came from: a line of the base (its base line
 * number) or a line a patch added (the patch and the hunk). Applying a series keeps the origin of
 * every line, so added and removed lines come out net and in the right coordinates.
 */
final class TrackedText {

    /** {@code text} includes its terminator; {@code baseLine} is 0 for a line a patch added. */
    record Line(String text, int baseLine, String patch, Hunk hunk) {
        String withoutTerminator() {
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
    }

    private final List<Line> lines;

    private TrackedText(List<Line> lines) {
        this.lines = lines;
    }

    static TrackedText ofBase(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(new Line(text.substring(start, end), lines.size() + 1, null, null));
            start = end;
        }
        return new TrackedText(lines);
    }

    static TrackedText empty() {
        return new TrackedText(new ArrayList<>());
    }

    int size() {
        return lines.size();
    }

    Line line(int index) {
        return lines.get(index);
    }

    /** Replaces {@code count} lines at {@code index}. */
    void replace(int index, int count, List<Line> replacement) {
        lines.subList(index, index + count).clear();
        lines.addAll(index, replacement);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line.text()));
        return out.toString();
    }

    /** The lines patches added, numbered as in this text. */
    List<ChangedLine> added() {
        List<ChangedLine> added = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.baseLine() == 0) {
                added.add(new ChangedLine(i + 1, line.withoutTerminator(), line.patch(), line.hunk()));
            }
        }
        return added;
    }
}
