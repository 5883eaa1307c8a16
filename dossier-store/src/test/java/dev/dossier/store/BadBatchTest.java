package dev.dossier.store;

import dev.dossier.ingest.ContentHash;
import dev.dossier.ingest.InputWalker;
import dev.dossier.io.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch with bad items between good ones stores every good one: files and JSON lines broken in the ways the
 * fuzz tier found (empty front matter, bad UTF-8, NUL bytes, cut JSON, words for numbers) sit at seeded places
 * among good articles, and ingesting the folder keeps every good article and names every bad one.
 */
class BadBatchTest {

    @TempDir
    Path dir;

    private static final List<UnaryOperator<String>> BREAK_TEXT = List.of(
            t -> "---\n---\n" + t.substring(t.indexOf("---\n", 4) + 4),
            t -> t.replace("published: ", "published: 2025-02-30 "),
            t -> "",
            t -> t.substring(0, t.indexOf("---\n", 4)) + "Delegates met.\n");

    private static final List<UnaryOperator<String>> BREAK_LINE = List.of(
            l -> l.substring(0, l.length() / 2),
            l -> l.replace("\"text\":\"", "\"text\":"),
            l -> l.replace("\"goldstein\":2.0", "\"goldstein\":\"high\""),
            l -> l.replace("\"published\":\"2025", "\"published\":\"20x5"));

    @Test
    void everyGoodItemOfABadBatchIsStored() throws IOException {
        Random random = new Random(5);
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> goodTexts = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < 60; i++) {
            String body = "Delegates from the northern and southern provinces met in Arbor on day " + i + " and "
                    + "agreed on a plan for the river, officials said after the meeting.\n";
            String file = "---\npublished: 2025-04-" + (10 + i % 15) + "\nsource: Wire " + (i % 4) + "\n---\n" + body;
            if (random.nextInt(3) == 0) {
                Files.writeString(in.resolve(String.format("a%02d.txt", i)),
                        BREAK_TEXT.get(random.nextInt(BREAK_TEXT.size())).apply(file));
                bad++;
            } else {
                Files.writeString(in.resolve(String.format("a%02d.txt", i)), file);
                goodTexts.add(body);
            }
        }
        Files.write(in.resolve("a99-binary.txt"), new byte[] {'a', 0, 0, 1, 2, 3});
        bad++;
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (int i = 0; i < 80; i++) {
            String text = "Border guards of the two states exchanged fire near Tollen on night " + i + ", a local "
                    + "official said on Sunday.";
            String line = "{\"id\":\"l" + i + "\",\"published\":\"2025-05-0" + (1 + i % 9) + "\",\"text\":\"" + text
                    + "\",\"entities\":[],\"events\":[{\"cameo\":\"190\",\"quadClass\":4,\"goldstein\":2.0,"
                    + "\"status\":\"happened\",\"evidence\":{\"start\":0,\"end\":6}}]}";
            int kind = random.nextInt(4);
            if (kind == 0) {
                lines.writeBytes(BREAK_LINE.get(random.nextInt(BREAK_LINE.size())).apply(line)
                        .getBytes(StandardCharsets.UTF_8));
                bad++;
            } else if (kind == 1 && i % 2 == 0) {
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                b[b.length / 2] = (byte) 0xFF;
                lines.writeBytes(b);
                bad++;
            } else {
                lines.writeBytes(line.getBytes(StandardCharsets.UTF_8));
                goodTexts.add(text);
            }
            lines.write('\n');
        }
        Files.write(in.resolve("b-lines.jsonl"), lines.toByteArray());

        try (Store store = Store.open("jdbc:h2:mem:bad-batch;DB_CLOSE_DELAY=-1")) {
            Ingestor.Summary summary = new Ingestor(store, null, "none", 2)
                    .ingest(new InputWalker(InputLimits.defaults()).walk(List.of(in)), step -> { });
            assertEquals(goodTexts.size(), summary.stored(), summary.rejected().toString());
            assertEquals(bad, summary.rejected().size(), summary.rejected().toString());
            for (String text : goodTexts) {
                assertTrue(store.contains(ContentHash.of(text)), "stored: " + text);
            }
            summary.rejected().forEach(r -> assertTrue(r.input().startsWith(in.toString()), r.toString()));
            summary.rejected().stream().filter(r -> r.input().contains(".jsonl")).forEach(r ->
                    assertTrue(r.input().matches(".*b-lines\\.jsonl:\\d+( .*)?"), r.toString()));
        }
    }
}
