package gupcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.parse.codec.CodecException;
import gupcheck.source.FileSystemSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A cached result reads back as the result that was written, only under its own key. */
class ScanResultCodecTest {

    @Test
    void aResultWithWitnessPathsReadsBackEqual() throws Exception {
        RuleSet rules = RuleLoader.fromDirectory(Path.of("rules"));
        for (String fixture : new String[] {"v1-backport", "x1-forcing-under-ifdef", "v0-no-forcing"}) {
            Path tree = Path.of("rules/gup-forced-write", fixture);
            ScanResult result = new TargetScanner(rules, Configuration.allEnabled(), 1)
                    .scan(fixture, new FileSystemSource(rules.treeFiles()).read(tree));
            assertEquals(result, ScanResultCodec.decode(ScanResultCodec.encode("key", result), "key"), fixture);
            if (fixture.startsWith("v1")) {
                assertTrue(result.findings().stream().anyMatch(f -> !f.path().isEmpty()), "the case has witness paths");
            }
            if (fixture.startsWith("x1")) {
                assertTrue(result.findings().stream().anyMatch(f -> !f.conditions().isEmpty()), "the case has #if conditions");
            }
        }
    }

    @Test
    void theFormatVersionFollowsTheRecordsShape() {
        assertEquals(gupcheck.testing.RecordShapes.digest(java.util.List.of(ScanResult.class, ScanResult.Stats.class, Finding.class,
                PathEvent.class)), ScanResultCodec.RESULT_SHAPE,
                "ScanResult, Finding or PathEvent changed shape: update ScanResultCodec, bump FORMAT and set RESULT_SHAPE to the new digest");
    }

    @Test
    void anEntryUnderAnotherKeyIsNotThisResult() throws Exception {
        ScanResult empty = new ScanResult("t", java.util.List.of(), java.util.Map.of("fact", true), new ScanResult.Stats(1, 2, 0, 3));
        byte[] bytes = ScanResultCodec.encode("one key", empty);
        assertNull(ScanResultCodec.decode(bytes, "another key"));
        bytes[bytes.length - 12] ^= 0x40;
        assertThrows(CodecException.class, () -> ScanResultCodec.decode(bytes, "one key"));
    }
}
