package gupcheck.rules;

import gupcheck.parse.codec.BinaryIn;
import gupcheck.parse.codec.BinaryOut;
import gupcheck.parse.codec.CodecException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan result as a cache entry: the entry's key, then the result. Binary rather than JSON
 * because a diff reads one on a cold JVM, where starting Jackson's data binding costs more than
 * the judgement it serves.
 */
final class ScanResultCodec {

    private static final long MAGIC = 0x4755504352534c54L;   // "GUPCRSLT"
    /** Bump when ScanResult, Finding or PathEvent change shape. */
    private static final int FORMAT = 1;

    /** The records' shapes as of {@link #FORMAT}; a test recomputes it (see ParsedFileCodec.AST_SHAPE). */
    static final String RESULT_SHAPE = "cf85ec3bab7cbe2c49148b75fbceba0736cf777d38fa0b4c20dc6de1dc1daa3d";

    private ScanResultCodec() {
    }

    static byte[] encode(String key, ScanResult result) {
        BinaryOut out = BinaryOut.sealed(MAGIC, FORMAT);
        out.writeString(key);
        out.writeString(result.target());
        out.writeVarint(result.findings().size());
        for (Finding f : result.findings()) {
            out.writeString(f.rule());
            out.writeString(f.severity().name());
            out.writeString(f.kind());
            out.writeString(f.file());
            out.writeSignedVarint(f.line());
            out.writeString(f.function());
            out.writeString(f.sink());
            out.writeString(f.message());
            out.writeStrings(f.conditions());
            out.writeBoolean(f.path() != null);
            if (f.path() != null) {
                out.writeVarint(f.path().size());
                for (PathEvent e : f.path()) {
                    out.writeString(e.file());
                    out.writeSignedVarint(e.line());
                    out.writeString(e.function());
                    out.writeString(e.event());
                    out.writeString(e.detail());
                    out.writeStrings(e.presence());
                }
            }
        }
        out.writeVarint(result.facts().size());
        result.facts().forEach((fact, value) -> {
            out.writeString(fact);
            out.writeBoolean(value);
        });
        ScanResult.Stats stats = result.stats();
        out.writeVarint(stats.files());
        out.writeVarint(stats.functions());
        out.writeVarint(stats.functionsUnparsed());
        out.writeLong(stats.millis());
        return out.toSealedBytes();
    }

    /** The entry's result, provided it was written under {@code key}; null when under another key. */
    static ScanResult decode(byte[] bytes, String key) throws CodecException {
        BinaryIn in = BinaryIn.openSealed(bytes, MAGIC, FORMAT);
        if (!key.equals(in.readString())) {
            return null;
        }
        String target = in.readString();
        Finding[] findings = new Finding[in.readCount()];
        for (int i = 0; i < findings.length; i++) {
            String rule = in.readString();
            Severity severity = severity(in.readString());
            String kind = in.readString();
            String file = in.readString();
            int line = in.readSignedVarint();
            String function = in.readString();
            String sink = in.readString();
            String message = in.readString();
            List<String> conditions = in.readStrings();
            List<PathEvent> path = null;
            if (in.readBoolean()) {
                PathEvent[] events = new PathEvent[in.readCount()];
                for (int j = 0; j < events.length; j++) {
                    events[j] = new PathEvent(in.readString(), in.readSignedVarint(), in.readString(), in.readString(),
                            in.readString(), in.readStrings());
                }
                path = List.of(events);
            }
            findings[i] = new Finding(rule, severity, kind, file, line, function, sink, message, conditions, path);
        }
        Map<String, Boolean> facts = new LinkedHashMap<>();
        int factCount = in.readCount();
        for (int i = 0; i < factCount; i++) {
            facts.put(in.readString(), in.readBoolean());
        }
        ScanResult.Stats stats = new ScanResult.Stats(in.readVarint(), in.readVarint(), in.readVarint(), in.readLong());
        in.expectEnd();
        return new ScanResult(target, List.of(findings), facts, stats);
    }

    private static Severity severity(String name) throws CodecException {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CodecException("unknown severity " + name);
        }
    }
}
