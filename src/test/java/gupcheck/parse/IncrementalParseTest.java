package gupcheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gupcheck.cpp.Configuration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A new version of a file parsed with the old one's items reused gives what a fresh parse gives. */
class IncrementalParseTest {

    @Test
    void reusedItemsMoveToTheirNewLinesAndChangedOnesAreParsedAgain() throws Exception {
        String before = Files.readString(Path.of("examples/linux-5.4-backport/mm/gup.c"));
        String after = before
                .replace("static int faultin_page(", "/* two lines\n   added */\nstatic int faultin_page(")
                .replace("\t\tif (should_force_cow_break(vma, foll_flags))\n\t\t\tfoll_flags |= FOLL_WRITE;\n",
                        "\t\tif (vma_is_anonymous(vma) &&\n\t\t    should_force_cow_break(vma, foll_flags))\n\t\t\tfoll_flags |= FOLL_WRITE;\n");
        assertTrue(!after.equals(before));
        CFileParser parser = new CFileParser(Configuration.allEnabled());
        ParsedFile previous = parser.parse("mm/gup.c", before);
        ParsedFile fresh = parser.parse("mm/gup.c", after);
        ParsedFile incremental = parser.parse("mm/gup.c", after, previous);

        assertEquals(fresh.functions(), incremental.functions());
        assertEquals(fresh.unparsed(), incremental.unparsed());
        assertEquals(fresh.chunks(), incremental.chunks());
        long reused = incremental.chunks().stream().filter(c -> previous.chunks().stream()
                .anyMatch(p -> p.fingerprint().equals(c.fingerprint()))).count();
        assertTrue(reused > incremental.chunks().size() / 2, "most items are reused: " + reused);
        assertTrue(reused < incremental.chunks().size(), "the changed item is parsed again");
    }
}
