package dev.dossier.io;

import dev.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFileReaderTest {

    @TempDir
    Path dir;

    private final TextFileReader reader = new TextFileReader(InputLimits.defaults());
    private static final String BODY = "Ministers meet in Geneva\nThe foreign ministers of the two countries said on "
            + "Monday that they would meet again in the spring to discuss the border and the trade agreement.\n";

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void readsFrontMatterAndHeadline() throws IOException {
        Path p = write("story.txt", ("---\npublished: 2025-03-04\nsource: Wire\n---\n" + BODY).getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(p, null);
        assertEquals("story", a.id());
        assertEquals(LocalDate.of(2025, 3, 4), a.published());
        assertEquals("Wire", a.source());
        assertEquals("Ministers meet in Geneva", a.title());
        assertEquals(BODY, a.text());
    }

    @Test
    void publishedOptionOverridesAndIsRequiredWithoutFrontMatter() throws IOException {
        Path p = write("plain.txt", BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals(LocalDate.of(2024, 1, 2), reader.read(p, LocalDate.of(2024, 1, 2)).published());
        InputException e = assertThrows(InputException.class, () -> reader.read(p, null));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--published"), e.getMessage());
    }

    @Test
    void rejectsEmptyBinaryNonUtf8AndHugeFilesNamingThem() throws IOException {
        Path empty = write("empty.txt", "  \n\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(InputException.class, () -> reader.read(empty, LocalDate.of(2025, 1, 1)))
                .getMessage().contains("empty.txt: is empty"));

        Path binary = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertTrue(assertThrows(InputException.class, () -> reader.read(binary, LocalDate.of(2025, 1, 1)))
                .getMessage().contains("binary"));

        byte[] latin1 = ("Caf\u00e9 talks " + BODY).getBytes(StandardCharsets.ISO_8859_1);
        Path bad = write("latin1.txt", latin1);
        String msg = assertThrows(InputException.class, () -> reader.read(bad, LocalDate.of(2025, 1, 1))).getMessage();
        assertTrue(msg.contains("latin1.txt") && msg.contains("not valid UTF-8") && msg.contains("offset 3"), msg);

        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        msg = assertThrows(InputException.class, () -> reader.read(huge, LocalDate.of(2025, 1, 1))).getMessage();
        assertTrue(msg.contains("huge.txt") && msg.contains("50.0 MB") && msg.contains("--max-bytes"), msg);
    }

    @Test
    void rejectsNonEnglishText() throws IOException {
        String german = "Die Au\u00dfenminister der beiden L\u00e4nder haben sich am Montag in Genf getroffen und "
                + "\u00fcber die Grenze gesprochen. Sie wollen sich im Fr\u00fchjahr wieder treffen, um \u00fcber das "
                + "Handelsabkommen zu verhandeln. Beide Seiten nannten die Gespr\u00e4che konstruktiv und offen. "
                + "Ein Sprecher der Regierung sagte, man sei zuversichtlich, bald eine Einigung zu erzielen.";
        Path p = write("de.txt", german.getBytes(StandardCharsets.UTF_8));
        String msg = assertThrows(InputException.class, () -> reader.read(p, LocalDate.of(2025, 1, 1))).getMessage();
        assertTrue(msg.contains("de.txt") && msg.contains("English"), msg);
    }

    @Test
    void rejectsMalformedAndOutOfRangeDates() {
        assertTrue(assertThrows(InputException.class, () -> TextChecks.parseDate("--published", "the date", "16/11/2025"))
                .getMessage().contains("YYYY-MM-DD"));
        assertTrue(assertThrows(InputException.class, () -> TextChecks.parseDate("--published", "the date", "2025-02-30"))
                .getMessage().contains("not a calendar date"));
        assertTrue(assertThrows(InputException.class, () -> TextChecks.parseDate("--published", "the date", "2999-01-01"))
                .getMessage().contains("out of range"));
        assertEquals(LocalDate.of(2025, 11, 16), TextChecks.parseDate("x", "d", "2025-11-16T08:00:00Z"));
    }

    @Test
    void unclosedFrontMatterIsReported() {
        String msg = assertThrows(InputException.class,
                () -> reader.parse("f.txt", "---\npublished: 2025-01-01\n" + BODY, null)).getMessage();
        assertTrue(msg.contains("never closed"), msg);
    }
}
