package dev.dossier.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command defects of issue 12 (export, --data, --limit), each reproduced: each test failed before its fix. */
class StoreCommandDefectsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String data;

    @BeforeEach
    void store() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "---\npublished: 2025-10-16\nsource: Wire A\ntitle: =HYPERLINK(\"http"
                + "://evil.example/\",\"Click\")\n---\nLeaders agreed to hold a summit in Budapest, officials said on "
                + "Thursday after a long phone call.\n");
        data = dir.resolve("data").toString();
        assertEquals(0, Main.run("ingest", in.toString(), "--data", data, "--analysis", "none", "--no-progress"));
    }

    @Test
    void exportNeverWritesThroughAPlantedLinkNorOverAFile() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Files.createSymbolicLink(out.resolve("articles.csv"), victim);
        assertEquals(2, Main.run("export", "--data", data, "--format", "csv", "--out", out.toString()));
        String err = console.err();
        assertTrue(err.contains("articles.csv") && err.contains("--force"), err);
        assertEquals("precious\n", Files.readString(victim));
        assertFalse(Files.exists(out.resolve("events.csv")), "nothing is written when a file is in the way");

        assertEquals(0, Main.run("export", "--data", data, "--format", "csv", "--out", out.toString(), "--force"));
        assertEquals("precious\n", Files.readString(victim), "the link is replaced, its target untouched");
        assertFalse(Files.isSymbolicLink(out.resolve("articles.csv")));
        String csv = Files.readString(out.resolve("articles.csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click\"\")\""), csv);
    }

    @Test
    void exportErrorsNameTheFileAndTheProblem() throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, Main.run("export", "--data", data, "--out", blocked.resolve("sub").toString()));
        String err = console.err().substring(console.err().indexOf("dossier export"));
        assertTrue(err.startsWith("dossier export: Cannot write ") && err.contains("a-file"), err);
        assertTrue(err.contains("(Not a directory)") || err.contains("("), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    @Test
    void readingCommandsRefuseAMistypedDataFolder() {
        Path typo = dir.resolve("dat");
        for (String[] args : new String[][] {{"query", "--data", typo.toString()},
                {"timeline", "RUS", "--data", typo.toString()}, {"states", "--data", typo.toString()},
                {"export", "--data", typo.toString(), "--out", dir.resolve("x").toString()}}) {
            assertEquals(2, Main.run(args), String.join(" ", args));
            assertFalse(Files.exists(typo), "no store is created by " + args[0]);
        }
        assertTrue(console.err().contains("No store in"), console.err());
    }

    @Test
    void aLimitBelowOneIsAnError() {
        assertEquals(2, Main.run("query", "--data", data, "--limit", "0"));
        assertEquals(2, Main.run("query", "--data", data, "--limit", "-5"));
        assertTrue(console.err().contains("--limit"), console.err());
        assertEquals(0, Main.run("query", "--data", data, "--kind", "articles", "--limit", "1"));
        assertEquals(2, Main.run("timeline", "RUS", "--data", data, "--limit", "0"));
    }
}
