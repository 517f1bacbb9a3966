package gupcheck.source.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxSplitterTest {

    @Test
    void splitsOnEnvelopeLinesOnlyAndUndoesFromQuoting() {
        String mbox = "From 5f4bd45f126d Mon Sep 17 00:00:00 2001\nSubject: one\n\nFrom the start, this is body.\n>From quoted\n>>From twice\n"
                + "From mboxrd@z Thu Jan  1 00:00:00 1970\nSubject: two\n\nbody\n";
        byte[] bytes = mbox.getBytes(StandardCharsets.UTF_8);
        assertTrue(MboxSplitter.isMbox(bytes));
        List<String> messages = MboxSplitter.split(bytes).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertEquals(List.of("Subject: one\n\nFrom the start, this is body.\nFrom quoted\n>From twice\n", "Subject: two\n\nbody\n"), messages);
    }

    @Test
    void aDiffIsNotAnMbox() {
        assertFalse(MboxSplitter.isMbox("diff --git a/x b/x\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(MboxSplitter.isMbox("From: Ada <ada@example.org>\n".getBytes(StandardCharsets.UTF_8)));
    }
}
