package gupcheck.rules;

import gupcheck.parse.codec.BinaryIn;
import gupcheck.parse.codec.BinaryOut;
import gupcheck.parse.codec.CodecException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled rules as the build writes them into the jar ({@link RuleCompiler}) and every run
 * reads them: already checked, so reading needs neither a YAML parser nor Jackson's data binding,
 * whose start-up would cost each command a quarter of a second.
 */
final class RuleSetCodec {

    private static final long MAGIC = 0x4755504352554c45L;   // "GUPCRULE"
    /** Bump when RuleDefinition changes shape. */
    private static final int FORMAT = 1;

    private RuleSetCodec() {
    }

    static byte[] encode(RuleSet rules) {
        BinaryOut out = BinaryOut.sealed(MAGIC, FORMAT);
        out.writeString(rules.contentHash());
        out.writeVarint(rules.rules().size());
        for (RuleDefinition r : rules.rules()) {
            out.writeString(r.id());
            out.writeString(r.title());
            out.writeString(r.severity() == null ? null : r.severity().name());
            out.writeString(r.description());
            out.writeStrings(r.files());
            out.writeString(r.flag());
            out.writeBoolean(r.notForcing() != null);
            if (r.notForcing() != null) {
                Boolean parameterTest = r.notForcing().parameterTest();
                out.writeByte(parameterTest == null ? 2 : parameterTest ? 1 : 0);
                out.writeStrings(r.notForcing().conditionMentions());
            }
            out.writeStrings(r.guards());
            out.writeStrings(r.postLookupChecks());
            out.writeBoolean(r.lookups() != null);
            if (r.lookups() != null) {
                out.writeVarint(r.lookups().size());
                for (RuleDefinition.Lookup l : r.lookups()) {
                    out.writeString(l.name());
                    out.writeString(l.kind());
                    out.writeString(l.severity() == null ? null : l.severity().name());
                }
            }
            writeMap(out, r.messages());
            writeMap(out, r.targetFacts());
        }
        return out.toSealedBytes();
    }

    static RuleSet decode(byte[] bytes) throws CodecException {
        BinaryIn in = BinaryIn.openSealed(bytes, MAGIC, FORMAT);
        String hash = in.readString();
        RuleDefinition[] rules = new RuleDefinition[in.readCount()];
        for (int i = 0; i < rules.length; i++) {
            String id = in.readString();
            String title = in.readString();
            Severity severity = severity(in.readString());
            String description = in.readString();
            List<String> files = in.readStrings();
            String flag = in.readString();
            RuleDefinition.NotForcing notForcing = null;
            if (in.readBoolean()) {
                int parameterTest = in.readByte();
                if (parameterTest > 2) {
                    throw new CodecException("bad parameterTest " + parameterTest);
                }
                notForcing = new RuleDefinition.NotForcing(parameterTest == 2 ? null : parameterTest == 1, in.readStrings());
            }
            List<String> guards = in.readStrings();
            List<String> postLookupChecks = in.readStrings();
            List<RuleDefinition.Lookup> lookups = null;
            if (in.readBoolean()) {
                RuleDefinition.Lookup[] read = new RuleDefinition.Lookup[in.readCount()];
                for (int j = 0; j < read.length; j++) {
                    read[j] = new RuleDefinition.Lookup(in.readString(), in.readString(), severity(in.readString()));
                }
                lookups = List.of(read);
            }
            Map<String, String> messages = readMap(in);
            Map<String, String> targetFacts = readMap(in);
            rules[i] = new RuleDefinition(id, title, severity, description, files, flag, notForcing, guards,
                    postLookupChecks, lookups, messages, targetFacts);
        }
        in.expectEnd();
        return new RuleSet(List.of(rules), hash);
    }

    private static void writeMap(BinaryOut out, Map<String, String> map) {
        out.writeBoolean(map != null);
        if (map != null) {
            out.writeVarint(map.size());
            map.forEach((k, v) -> {
                out.writeString(k);
                out.writeString(v);
            });
        }
    }

    private static Map<String, String> readMap(BinaryIn in) throws CodecException {
        if (!in.readBoolean()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        int size = in.readCount();
        for (int i = 0; i < size; i++) {
            map.put(in.readString(), in.readString());
        }
        return map;
    }

    private static Severity severity(String name) throws CodecException {
        if (name == null) {
            return null;
        }
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CodecException("unknown severity " + name);
        }
    }
}
