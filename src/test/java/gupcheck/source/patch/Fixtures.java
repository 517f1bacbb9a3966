package gupcheck.source.patch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-written fixtures under src/test/resources/patches/. */
final class Fixtures {

    static final List<String> ANALYSED = List.of("mm/gup.c", "mm/huge_memory.c", "mm/hugetlb.c", "mm/khugepaged.c");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/patches/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The base tree: mm/gup.c and mm/hugetlb.c as the patches expect them. */
    static Map<String, String> base() {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("mm/gup.c", text("base/mm/gup.c"));
        base.put("mm/hugetlb.c", text("base/mm/hugetlb.c"));
        return base;
    }

    static PatchSeries read(String name) throws PatchException {
        return new PatchReader().read(name, bytes(name));
    }

    static PatchMail single(String name) throws PatchException {
        List<PatchMail> patches = read(name).patches();
        if (patches.size() != 1) {
            throw new AssertionError(name + ": " + patches.size() + " patches");
        }
        return patches.get(0);
    }

    static AppliedPatch apply(Map<String, String> base, String name) throws PatchException {
        return new PatchApplier(ANALYSED).apply(base, read(name).patches());
    }
}
