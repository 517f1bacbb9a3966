package gupcheck.cpp;

import static gupcheck.cpp.Fixture.lines;
import static gupcheck.cpp.Fixture.preprocess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A file shaped like kernel mm code, run end to end against a small .config. */
class KernelStyleFileTest {
    private static final String SOURCE = lines(
            "// SPDX-License-Identifier: GPL-2.0-only",                         // 1
            "#include <linux/mm.h>",                                            // 2
            "#define FOLL_FORCE_WRITE(f) ((f) | FOLL_WRITE) /* forced */",     // 3
            "",                                                                 // 4
            "#ifdef CONFIG_HAVE_FAST_GUP",                                      // 5
            "static int gup_fast(unsigned int flags)",                          // 6
            "{",                                                                // 7
            "#if defined(CONFIG_TRANSPARENT_HUGEPAGE) && \\",                  // 8
            "    !defined(__ASSEMBLY__)",                                       // 9
            "\tint huge = 1;",                                                  // 10
            "#else",                                                            // 11
            "\tint huge = 0; /* THP is off */",                                 // 12
            "#endif",                                                           // 13
            "\treturn huge;",                                                   // 14
            "}",                                                                // 15
            "#else /* !CONFIG_HAVE_FAST_GUP */",                                // 16
            "static inline int gup_fast(unsigned int flags) { return 0; }",     // 17
            "#endif /* CONFIG_HAVE_FAST_GUP */",                                // 18
            "",                                                                 // 19
            "#if IS_ENABLED(CONFIG_SWAP) && LINUX_VERSION_CODE >= KERNEL_VERSION(6, 1, 0)", // 20
            "int swap_in(void);",                                               // 21
            "#elif IS_BUILTIN(CONFIG_SWAP)",                                    // 22
            "int never(void);",                                                 // 23
            "#endif");                                                          // 24

    @Test
    void keepsTheConfiguredCode() throws Exception {
        Configuration configuration = Fixture.kconfig(
                "CONFIG_HAVE_FAST_GUP=y", "# CONFIG_TRANSPARENT_HUGEPAGE is not set", "CONFIG_SWAP=m");
        PreprocessedFile file = preprocess(configuration, SOURCE);
        assertEquals(lines(
                " ".repeat("// SPDX-License-Identifier: GPL-2.0-only".length()),
                "",
                "",
                "",
                "",
                "static int gup_fast(unsigned int flags)",
                "{",
                "",
                "",
                "",
                "",
                "\tint huge = 0;" + " ".repeat(" /* THP is off */".length()),
                "",
                "\treturn huge;",
                "}",
                "",
                "",
                "",
                "",
                "",
                "int swap_in(void);",
                "",
                "",
                ""), file.text());
        assertEquals(List.of("CONFIG_HAVE_FAST_GUP",
                "!(defined(CONFIG_TRANSPARENT_HUGEPAGE) && !defined(__ASSEMBLY__))"), file.presenceAt(12));
        assertEquals(List.of("IS_ENABLED(CONFIG_SWAP) && LINUX_VERSION_CODE >= KERNEL_VERSION(6, 1, 0)"),
                file.presenceAt(21));
        assertEquals(new MacroDefinition("FOLL_FORCE_WRITE", List.of("f"), "((f) | FOLL_WRITE)", 3),
                file.macros().get("FOLL_FORCE_WRITE"));
    }

    @Test
    void defaultConfigurationTakesTheFirstBranches() throws Exception {
        PreprocessedFile file = preprocess(SOURCE);
        assertEquals(List.of(1, 4, 6, 7, 10, 14, 15, 19, 21), Fixture.keptLines(file));
    }
}
