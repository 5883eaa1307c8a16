package dev.dossier.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatchetTest {

    private static ScoreTable table() {
        return new ScoreTable.Builder("t").add("events", new Score(3, 4, 3, 6)).figure("events.per1000words", 4.5)
                .build();
    }

    @Test
    void aFigureHoldsItsFloorWithTheValueKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.properties");
        Files.writeString(file, "events.precision = 0.75\nevents.per1000words.value = 4.5\n");
        assertEquals(List.of(), Ratchet.load(file).violations(table()));
    }

    @Test
    void aFigureBelowItsFloorOrMissingIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.properties");
        Files.writeString(file, "events.per1000words.value = 4.6\nreported.per1000words.value = 1\n"
                + "events.recall = 0.6\n");
        List<String> v = Ratchet.load(file).violations(table());
        assertEquals(3, v.size(), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.startsWith("events.per1000words.value fell to 4.5000")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.startsWith("reported.per1000words.value: no such figure")), v.toString());
    }
}
