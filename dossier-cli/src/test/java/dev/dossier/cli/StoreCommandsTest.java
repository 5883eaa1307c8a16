package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ingest, query, timeline, states and export on the embedded store, with no analysis (no models). */
class StoreCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String stdout() {
        return console.takeOut();
    }

    @Test
    void ingestThenQueryStatesAndExport() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("one.txt"), "---\npublished: 2025-10-16\nsource: Wire A\n---\nLeaders agreed to "
                + "hold a summit in Budapest, officials said on Thursday after a long phone call.\n");
        Files.writeString(in.resolve("two.txt"), "The Budapest summit was postponed indefinitely, officials in "
                + "Washington said on Tuesday.\n");
        Files.writeString(in.resolve("two.txt.meta"), "published: 2025-10-22\nsource: Wire B\n");
        Files.writeString(in.resolve("bad.txt"), "");
        String data = dir.resolve("data").toString();

        assertEquals(1, Main.run("ingest", in.toString(), "--data", data, "--analysis", "none", "--no-progress"));
        String log = console.err();
        assertTrue(log.contains("2 stored, 0 skipped as duplicates, 1 rejected"), log);
        assertTrue(log.contains("bad.txt: is empty"), log);
        assertEquals(1, Main.run("ingest", in.toString(), "--data", data, "--analysis", "none", "--no-progress"));
        assertTrue(console.err().contains("0 stored, 2 skipped as duplicates, 1 rejected"));

        assertEquals(0, Main.run("query", "--data", data, "--text", "postponed"));
        String table = stdout();
        assertTrue(table.contains("Wire B") && !table.contains("Wire A") && table.contains("(1 articles)"), table);

        assertEquals(0, Main.run("query", "--data", data, "--kind", "articles", "--format", "json"));
        assertTrue(stdout().trim().startsWith("["));

        assertEquals(0, Main.run("states", "--data", data, "Budapest"));
        String states = stdout();
        assertTrue(states.startsWith("Budapest summit (plan): postponed"), states);
        assertTrue(states.contains("announced") && states.contains("Wire B"), states);

        assertEquals(0, Main.run("timeline", "--data", data, "USA-RUS"));
        assertTrue(stdout().contains("Nothing stored"));

        assertEquals(2, Main.run("query", "--data", data, "--dyad", "USA"));
        assertEquals(0, Main.run("export", "--data", data, "--format", "csv", "--out", dir.resolve("csv").toString()));
        assertEquals(2, Files.readAllLines(dir.resolve("csv/articles.csv")).stream()
                .filter(l -> l.matches("[0-9a-f]{64},.*")).count(), "two article rows, keyed by content hash");
    }
}
