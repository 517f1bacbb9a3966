package gupcheck.report;

import gupcheck.rules.PathEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a witness path's call chain as an SVG, laid out here (no Graphviz needed, no script):
 * one box per function in the order the forced flags pass through them, an arrow per hop
 * labelled with the line it happens on, the lookup highlighted.
 */
final class CallPathSvg {

    private static final int BOX_HEIGHT = 34;
    private static final int GAP = 30;
    private static final int CHAR_WIDTH = 7;
    private static final int PADDING = 14;

    private record Box(String function, String file, int line, String role) { }

    private CallPathSvg() {
    }

    static String render(List<PathEvent> path) {
        List<Box> boxes = chain(path);
        int width = boxes.stream().mapToInt(b -> label(b).length() * CHAR_WIDTH + 2 * PADDING).max().orElse(200) + 140;
        int height = boxes.size() * BOX_HEIGHT + (boxes.size() - 1) * GAP + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"callpath\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"call path\">", width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\" orient=\"auto\">"
                + "<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#555\"/></marker></defs>");
        int y = 10;
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            int boxWidth = label(box).length() * CHAR_WIDTH + 2 * PADDING;
            String fill = switch (box.role()) {
                case "forcing" -> "#fde2c8";
                case "lookup" -> "#f8c9c9";
                default -> "#dde8f5";
            };
            svg.append(String.format("<g class=\"step %s\"><rect x=\"10\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" "
                    + "fill=\"%s\" stroke=\"#555\"/><text x=\"%d\" y=\"%d\" font-family=\"monospace\" font-size=\"12\">%s</text></g>",
                    box.role(), y, boxWidth, BOX_HEIGHT, fill, 10 + PADDING, y + 21, Html.escape(label(box))));
            if (i + 1 < boxes.size()) {
                int x = 30;
                svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>",
                        x, y + BOX_HEIGHT, x, y + BOX_HEIGHT + GAP - 2));
                Box next = boxes.get(i + 1);
                svg.append(String.format("<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#333\">%s</text>",
                        x + 10, y + BOX_HEIGHT + GAP / 2 + 4, Html.escape(hop(next))));
            }
            y += BOX_HEIGHT + GAP;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Consecutive events in one function collapse into one box. */
    private static List<Box> chain(List<PathEvent> path) {
        List<Box> boxes = new ArrayList<>();
        for (PathEvent e : path) {
            if (e.event().equals("guard-missed")) {
                continue;
            }
            Box last = boxes.isEmpty() ? null : boxes.get(boxes.size() - 1);
            if (last == null || !last.function().equals(e.function()) || !last.file().equals(e.file())) {
                String role = boxes.isEmpty() ? "forcing" : "function";
                boxes.add(new Box(e.function(), e.file(), e.line(), role));
            }
            if (e.event().equals("flag-test") || e.event().equals("lookup") && isLast(path, e)) {
                Box current = boxes.get(boxes.size() - 1);
                boxes.set(boxes.size() - 1, new Box(current.function(), current.file(), e.line(), "lookup"));
            }
        }
        return boxes;
    }

    private static boolean isLast(List<PathEvent> path, PathEvent e) {
        return path.get(path.size() - 1) == e;
    }

    private static String label(Box box) {
        return box.function() + "()  " + box.file() + ":" + box.line();
    }

    private static String hop(Box next) {
        return "calls " + next.function();
    }
}
