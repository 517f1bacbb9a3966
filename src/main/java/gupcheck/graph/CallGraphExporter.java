package gupcheck.graph;

import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/** Writes a call graph as DOT, GraphML or JSON through jgrapht-io. */
public final class CallGraphExporter {

    public enum Format { dot, graphml, json }

    /** Colour-blind-safe palette (Okabe-Ito); files take colours in order of appearance. */
    private static final List<String> PALETTE = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442",
            "#0072B2", "#D55E00", "#CC79A7", "#999999");

    private CallGraphExporter() {
    }

    public static void write(Graph<FunctionNode, CallEdge> graph, Format format, Writer out) {
        Map<FunctionNode, String> ids = new HashMap<>();
        for (FunctionNode node : graph.vertexSet()) {
            ids.put(node, "n" + ids.size());
        }
        exporter(format, graph, ids).exportGraph(graph, out);
    }

    private static GraphExporter<FunctionNode, CallEdge> exporter(Format format, Graph<FunctionNode, CallEdge> graph,
                                                                   Map<FunctionNode, String> ids) {
        Map<String, String> fileColours = new LinkedHashMap<>();
        for (FunctionNode node : graph.vertexSet()) {
            if (node.file() != null) {
                fileColours.computeIfAbsent(node.file(), f -> PALETTE.get(fileColours.size() % PALETTE.size()));
            }
        }
        return switch (format) {
            case dot -> dot(ids, fileColours);
            case graphml -> graphml(ids);
            case json -> json(ids);
        };
    }

    private static DOTExporter<FunctionNode, CallEdge> dot(Map<FunctionNode, String> ids, Map<String, String> fileColours) {
        DOTExporter<FunctionNode, CallEdge> exporter = new DOTExporter<>(ids::get);
        exporter.setGraphIdProvider(() -> "callgraph");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
            attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return attributes;
        });
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(
                    node.external() ? node.name() : node.name() + "\\n" + node.file() + ":" + node.line()));
            attributes.put("shape", DefaultAttribute.createAttribute("box"));
            attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            if (node.external()) {
                attributes.put("style", DefaultAttribute.createAttribute("dashed"));
            } else {
                attributes.put("style", DefaultAttribute.createAttribute("filled"));
                attributes.put("fillcolor", DefaultAttribute.createAttribute(fileColours.get(node.file())));
            }
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(String.valueOf(edge.line())));
            attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            attributes.put("fontsize", DefaultAttribute.createAttribute("9"));
            return attributes;
        });
        return exporter;
    }

    private static GraphMLExporter<FunctionNode, CallEdge> graphml(Map<FunctionNode, String> ids) {
        GraphMLExporter<FunctionNode, CallEdge> exporter = new GraphMLExporter<>(ids::get);
        exporter.registerAttribute("name", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("file", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("line", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("external", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("presence", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("callFile", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("callLine", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.setVertexAttributeProvider(CallGraphExporter::nodeAttributes);
        exporter.setEdgeAttributeProvider(CallGraphExporter::edgeAttributes);
        return exporter;
    }

    private static JSONExporter<FunctionNode, CallEdge> json(Map<FunctionNode, String> ids) {
        JSONExporter<FunctionNode, CallEdge> exporter = new JSONExporter<>(ids::get);
        exporter.setVertexAttributeProvider(CallGraphExporter::nodeAttributes);
        exporter.setEdgeAttributeProvider(CallGraphExporter::edgeAttributes);
        return exporter;
    }

    private static Map<String, Attribute> nodeAttributes(FunctionNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("name", DefaultAttribute.createAttribute(node.name()));
        if (node.file() != null) {
            attributes.put("file", DefaultAttribute.createAttribute(node.file()));
            attributes.put("line", DefaultAttribute.createAttribute(node.line()));
        }
        attributes.put("external", DefaultAttribute.createAttribute(node.external()));
        if (!node.presence().isEmpty()) {
            attributes.put("presence", DefaultAttribute.createAttribute(String.join(" && ", node.presence())));
        }
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(CallEdge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("callFile", DefaultAttribute.createAttribute(edge.file()));
        attributes.put("callLine", DefaultAttribute.createAttribute(edge.line()));
        if (!edge.presence().isEmpty()) {
            attributes.put("presence", DefaultAttribute.createAttribute(String.join(" && ", new ArrayList<>(edge.presence()))));
        }
        return attributes;
    }
}
