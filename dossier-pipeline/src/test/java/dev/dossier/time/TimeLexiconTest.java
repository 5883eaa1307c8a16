package dev.dossier.time;

import dev.dossier.time.TimeLexicon.Category;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeLexiconTest {

    @Test
    void standardLexiconLoadsAndKnowsAbbreviations() {
        TimeLexicon l = TimeLexicon.standard();
        assertEquals(Optional.of(8), l.number("Aug.", Category.MONTH));
        assertEquals(Optional.of(7), l.number("Sunday", Category.WEEKDAY));
        assertEquals(Optional.of("FA"), l.lookup("autumn", Category.SEASON));
        assertTrue(l.is("tonight", Category.DAY_OFFSET) && l.is("tonight", Category.PART_OF_DAY));
    }

    @Test
    void badEntriesAreReportedWithSourceAndLine() {
        String text = "# comment\njanuary\tMONTH\t1\nfoo\tMONTH\t13\nbar\tCOLOUR\tred\nbaz only\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv"));
        assertTrue(e.getMessage().contains("test.tsv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("test.tsv:4"), e.getMessage());
        assertTrue(e.getMessage().contains("test.tsv:5"), e.getMessage());
    }

    @Test
    void duplicateEntriesAreReported() throws IOException {
        String text = "may\tMONTH\t5\nmay\tMONTH\t6\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "dup.tsv"));
        assertTrue(e.getMessage().contains("dup.tsv:2"), e.getMessage());
    }
}
