package dev.dossier.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerbFramesTest {

    private static byte[] bytes(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static VerbFrames read(String... lines) {
        return VerbFrames.read("t.tsv", bytes(lines), CameoOntology.standard());
    }

    @Test
    void readsEveryColumn() {
        VerbFrames f = read("# comment",
                "0233\t-\task|request\tfor\t-\tfinancial/economic_aid|loan\tto in/at=court\tCAMEO.2.0.txt:1 ASK",
                "040\tsymmetric\tmeet\t-\ttroop\t-\t-\tCAMEO.2.0.txt:2 MEET",
                "---\t-\tcall\t-\t-\tcabinet_meeting\t-\tCAMEO.2.0.txt:3 CALL");
        assertEquals(3, f.size());
        VerbFrame ask = f.verb("request").getFirst();
        assertEquals(ask, f.verb("ask").getFirst());
        assertEquals("0233", ask.code());
        assertEquals(List.of("for"), ask.with());
        assertEquals(List.of(new VerbFrame.Phrase(List.of(Set.of("financial", "economic")), "aid"),
                new VerbFrame.Phrase(List.of(), "loan")), ask.object());
        assertEquals(Set.of("in", "at"), ask.preps().get(1).prepositions());
        assertEquals("court", ask.preps().get(1).objects().getFirst().head());
        assertTrue(ask.preps().getFirst().objects().isEmpty());
        assertEquals("t.tsv:2 CAMEO.2.0.txt:1 ASK", ask.origin());
        assertTrue(f.verb("meet").getFirst().symmetric());
        assertEquals("troop", f.verb("meet").getFirst().subject().getFirst().head());
        assertNull(f.verb("call").getFirst().code());
        assertTrue(f.verb("Meet").size() == 1 && f.verb("leave").isEmpty());
    }

    @Test
    void badRowsAreAllNamedByFileAndLine() {
        EventDataException e = assertThrows(EventDataException.class, () -> read(
                "040\t-\tmeet\t-\t-\t-\t-\tok",
                "999\t-\tmeet\t-\t-\t-\t-\tunknown code",
                "040\tboth\tmeet\t-\t-\t-\t-\tbad option",
                "040\t-\tMeet!\t-\t-\t-\t-\tbad verb",
                "040\t-\tmeet\t-\t-\t-\ttoo few fields"));
        assertEquals(4, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("t.tsv:2: '999'"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("t.tsv:3: options"), e.problems().get(1));
        assertTrue(e.problems().get(2).startsWith("t.tsv:4: bad verb"), e.problems().get(2));
        assertTrue(e.problems().get(3).startsWith("t.tsv:5: expected"), e.problems().get(3));
    }

    @Test
    void digestFollowsTheContent() {
        VerbFrames a = read("040\t-\tmeet\t-\t-\t-\t-\tx");
        VerbFrames b = read("040\t-\tmeet\t-\t-\t-\t-\tx");
        VerbFrames c = read("041\t-\tmeet\t-\t-\t-\t-\tx");
        assertEquals(a.digest(), b.digest());
        assertNotEquals(a.digest(), c.digest());
        assertEquals(64, a.digest().length());
    }

    @Test
    void shippedTableLoadsBehindTheHandWrittenPatterns() {
        VerbFrames standard = VerbFrames.standard();
        assertTrue(standard.size() > 1000, "frames: " + standard.size());
        assertEquals(standard, EventPatterns.standard().frames());
        assertTrue(new EventCoder().configuration().get("verbFrames").endsWith(standard.digest()));
    }
}
