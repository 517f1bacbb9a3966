package gupcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** `gupcheck rules test` as part of the build: every fixture case of every rule in rules/. */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureCasePasses() throws Exception {
        Path rulesDirectory = Path.of("rules");
        List<FixtureHarness.CaseResult> results = new FixtureHarness(rulesDirectory, RuleLoader.fromDirectory(rulesDirectory)).run();
        assertTrue(results.size() >= 17, "expected the fixture cases, found " + results.size());
        return results.stream().map(r -> DynamicTest.dynamicTest(r.rule() + "/" + r.name(),
                () -> assertEquals(List.of(), r.problems())));
    }
}
