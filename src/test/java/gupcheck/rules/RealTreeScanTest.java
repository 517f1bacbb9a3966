package gupcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import gupcheck.source.FileSystemSource;
import gupcheck.testing.KernelSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Debian's 6.1 and 6.12 are post-fix kernels: no finding at error or warning level. */
class RealTreeScanTest {

    @ParameterizedTest(name = "linux-source-{0}")
    @ValueSource(strings = {"6.1", "6.12"})
    void postFixKernelsAreClean(String version) throws Exception {
        StringBuilder whyNot = new StringBuilder();
        Optional<Path> tree = KernelSources.tree(version, whyNot);
        if (tree.isEmpty()) {
            KernelSources.skip("real-tree scan of " + version, whyNot);
        }
        RuleSet rules = RuleLoader.bundled();
        ScanResult result = new TargetScanner(rules, Configuration.allEnabled(), 2)
                .scan("linux-source-" + version, new FileSystemSource(rules.treeFiles()).read(tree.get()));
        List<Finding> serious = result.findings().stream().filter(f -> f.severity().affects()).toList();
        System.out.printf("linux-source-%s: %s, %d findings (%d at error/warning), readOnlyFileThp=%s, %d functions%n",
                version, result.verdict(), result.findings().size(), serious.size(), result.facts().get("readOnlyFileThp"),
                result.stats().functions());
        assertEquals(List.of(), serious);
        assertEquals("CLEAN", result.verdict());
        assertEquals(0, result.stats().functionsUnparsed());
        assertTrue(result.stats().functions() > 400);
    }
}
