package dev.dossier.quotes;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueLexiconTest {

    private static CueLexicon load(String text) {
        return CueLexicon.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void standardLexiconCoversTheCommonCues() {
        CueLexicon lexicon = CueLexicon.standard();
        for (String verb : List.of("say", "tell", "add", "admit", "reaffirm", "maintain", "warn", "deny", "praise")) {
            assertTrue(lexicon.isVerb(verb), verb);
        }
        assertTrue(lexicon.phrases().contains(List.of("according", "to")));
        assertEquals(CueLexicon.Frame.QUOTE, lexicon.frame("add"));
        assertFalse(lexicon.isVerb("continue-ing"));
    }

    @Test
    void readsKindsFramesAndComments() {
        CueLexicon lexicon = load("# comment\nverb\tsay\nverb\tpraise\tcomplement # trailing comment\n"
                + "noun\tstatement\nphrase\tin the words of\n\n");
        assertEquals(CueLexicon.Frame.COMPLEMENT, lexicon.frame("say"));
        assertEquals(CueLexicon.Frame.COMPLEMENT, lexicon.frame("PRAISE"));
        assertTrue(lexicon.isNoun("statement"));
        assertEquals(List.of(List.of("in", "the", "words", "of")), lexicon.phrases());
        assertEquals(4, lexicon.size());
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(
                "verb\tsay\nverbb\ttell\nverb\tsay\nphrase\taccording\nverb\tadd\tsometimes\nverb\tpoint out\n"));
        String m = e.getMessage();
        assertTrue(m.contains("test.tsv:2: unknown kind 'verbb'"), m);
        assertTrue(m.contains("test.tsv:3: 'say' listed twice"), m);
        assertTrue(m.contains("test.tsv:4: a phrase cue needs two or more words"), m);
        assertTrue(m.contains("test.tsv:5: unknown frame 'sometimes'"), m);
        assertTrue(m.contains("test.tsv:6: a verb cue is one lemma"), m);
    }
}
