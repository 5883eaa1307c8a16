package dev.dossier.ingest;

import dev.dossier.io.DocumentJson;
import dev.dossier.io.InputException;
import dev.dossier.io.InputLimits;
import dev.dossier.io.TextFileReader;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Provenance;
import dev.dossier.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reader defects of issue 12, each reproduced: each test failed before its fix. */
class ReaderDefectsTest {

    private static final String BODY = "The two delegations met in Oslo on Monday and said that the talks on fishing "
            + "quotas had gone well for both sides.\n";

    @TempDir
    Path tmp;

    private final InputWalker walker = new InputWalker(InputLimits.defaults());

    @Test
    void emptyFrontMatterIsReadNotThrown() throws IOException {
        TextFileReader reader = new TextFileReader(InputLimits.defaults());
        Article a = reader.parse("a.txt", "---\n---\n" + BODY, LocalDate.of(2025, 3, 3));
        assertEquals(BODY, a.text());
        InputException e = assertThrows(InputException.class, () -> reader.parse("b.txt", "---\n---\n" + BODY, null));
        assertTrue(e.getMessage().startsWith("b.txt: ") && e.getMessage().contains("publication date"), e.getMessage());
        assertThrows(InputException.class, () -> reader.parse("c.txt", "---\n---", LocalDate.of(2025, 3, 3)));
    }

    @Test
    void aBadFileInAFolderLosesNothingBeforeOrAfterIt() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), "---\npublished: 2025-03-03\n---\n" + BODY);
        Files.writeString(in.resolve("b-empty-front-matter.txt"), "---\n---\n" + BODY);
        Files.writeString(in.resolve("c-good.txt"), "---\npublished: 2025-03-04\n---\nLater, " + BODY);
        List<IngestItem> items = walker.readAll(List.of(in));
        assertEquals(3, items.size(), items.toString());
        assertInstanceOf(IngestItem.Read.class, items.get(0));
        IngestItem.Rejected bad = assertInstanceOf(IngestItem.Rejected.class, items.get(1));
        assertTrue(bad.input().endsWith("b-empty-front-matter.txt"), bad.input());
        assertInstanceOf(IngestItem.Read.class, items.get(2));
    }

    @Test
    void invalidUtf8OnOneLineLosesOnlyThatLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= 1000; i++) {
            String line = "{\"id\":\"a" + i + "\",\"published\":\"2025-03-03\",\"text\":\"Story " + i + " of the day: "
                    + BODY.strip() + " \u00e9t\u00e9\"}";
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            if (i == 501) {
                b[20] = (byte) 0xC3;
                b[21] = (byte) 0x28;
            }
            bytes.writeBytes(b);
            bytes.write('\n');
        }
        Path file = tmp.resolve("big.jsonl");
        Files.write(file, bytes.toByteArray());
        List<IngestItem> items = walker.readAll(List.of(file));
        assertEquals(1000, items.size());
        List<IngestItem.Rejected> rejected = items.stream().filter(IngestItem.Rejected.class::isInstance)
                .map(IngestItem.Rejected.class::cast).toList();
        assertEquals(1, rejected.size(), rejected.toString());
        assertEquals(file + ":501", rejected.get(0).input());
        assertTrue(rejected.get(0).reason().contains("UTF-8"), rejected.get(0).reason());
        assertEquals("a1000", ((IngestItem.Read) items.get(999)).document().article().id());
    }

    @Test
    void indentedAnalysisJsonFromAnalyzeIsOneDocument() throws IOException {
        Article a = new Article("oslo", "Talks in Oslo", BODY, LocalDate.of(2025, 3, 3), "Wire", null, "en");
        int at = BODY.indexOf("Oslo");
        Document doc = Document.of(a).withEntities(List.of(new Entity("e1", "Oslo", EntityType.LOCATION,
                List.of(new EntityMention(new Span(at, at + 4), "Oslo", MentionKind.NAME)))));
        Path file = tmp.resolve("oslo.json");
        Files.writeString(file, DocumentJson.toPrettyString(doc, new Provenance("test", List.of(), "x")));
        assertTrue(Files.readAllLines(file).size() > 5, "the fixture is indented over many lines");
        List<IngestItem> items = walker.readAll(List.of(file));
        assertEquals(1, items.size(), items.toString());
        IngestItem.Read read = assertInstanceOf(IngestItem.Read.class, items.get(0));
        assertTrue(read.analysed());
        assertEquals("Oslo", read.document().entities().get(0).name());
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws IOException {
        Path file = tmp.resolve("wide.txt");
        String content = "---\npublished: 2025-03-03\n---\n" + BODY;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        b.writeBytes(content.getBytes(StandardCharsets.UTF_16LE));
        Files.write(file, b.toByteArray());
        List<IngestItem> items = walker.readAll(List.of(file));
        IngestItem.Read read = assertInstanceOf(IngestItem.Read.class, items.get(0), items.toString());
        assertEquals(BODY, read.document().text());

        Path be = tmp.resolve("wide-be.txt");
        b.reset();
        b.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        b.writeBytes(content.getBytes(StandardCharsets.UTF_16BE));
        Files.write(be, b.toByteArray());
        assertInstanceOf(IngestItem.Read.class, walker.readAll(List.of(be)).get(0));
    }

    @Test
    void aNumberFieldGivenAsWordsIsRejectedNotZero() throws IOException {
        String text = "Troops fired on protesters in the capital on Monday, witnesses said.";
        String good = "{\"id\":\"g\",\"published\":\"2025-03-03\",\"text\":\"" + text + "\",\"entities\":[],"
                + "\"events\":[{\"cameo\":\"180\",\"quadClass\":4,\"goldstein\":-9.0,\"status\":\"happened\","
                + "\"evidence\":{\"start\":0,\"end\":6}}]}";
        Path file = tmp.resolve("analysed.jsonl");
        Files.writeString(file, good + "\n" + good.replace("-9.0", "\"high\"").replace("\"g\"", "\"h\"") + "\n"
                + good.replace("\"quadClass\":4", "\"quadClass\":\"four\"").replace("\"g\"", "\"i\"") + "\n");
        List<IngestItem> items = walker.readAll(List.of(file));
        assertEquals(-9.0, assertInstanceOf(IngestItem.Read.class, items.get(0)).document().events().get(0)
                .goldstein());
        IngestItem.Rejected high = assertInstanceOf(IngestItem.Rejected.class, items.get(1), items.toString());
        assertEquals(file + ":2", high.input());
        assertTrue(high.reason().contains("goldstein") && high.reason().contains("high"), high.reason());
        IngestItem.Rejected four = assertInstanceOf(IngestItem.Rejected.class, items.get(2), items.toString());
        assertTrue(four.reason().contains("quadClass"), four.reason());
        assertFalse(four.reason().contains("Exception"), four.reason());
    }
}
