package dev.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command's answers to bad input, which come before any model is loaded. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String stderr() {
        return console.err();
    }

    @Test
    void emptyFileExitsTwoNamingTheFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(2, Main.run("analyze", "--published", "2025-11-16", f.toString()));
        assertTrue(stderr().contains("empty.txt: is empty"), stderr());
    }

    @Test
    void missingFileAndMissingDateAreClearErrors() throws IOException {
        assertEquals(2, Main.run("analyze", "--published", "2025-11-16", dir.resolve("nope.txt").toString()));
        assertTrue(stderr().contains("nope.txt: no such file"), stderr());
        Path f = Files.writeString(dir.resolve("a.txt"), "Officials said on Monday that the talks would go on.\n");
        assertEquals(2, Main.run("analyze", f.toString()));
        assertTrue(stderr().contains("a.txt: the publication date"), stderr());
    }

    @Test
    void malformedPublishedDateExitsTwo() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Officials said on Monday that the talks would go on.\n");
        assertEquals(2, Main.run("analyze", "--published", "16.11.2025", f.toString()));
        assertTrue(stderr().contains("--published: the date '16.11.2025' is not a date"), stderr());
    }

    @Test
    void filesAndJsonlTogetherIsAUsageError() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "x");
        assertEquals(2, Main.run("analyze", "--jsonl", f.toString(), f.toString()));
        assertTrue(stderr().contains("one or the other"), stderr());
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, Main.run("analyze", "--help"));
        assertEquals(0, Main.run("eval", "--help"));
        assertEquals(0, Main.run("--help"));
        assertTrue(console.out().contains("--published"));
    }
}
