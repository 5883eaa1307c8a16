package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyze command end to end with real models: one article of ours, and a batch with bad records. */
class AnalyzeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path example() {
        Path p = Path.of("../examples/geneva-grain-talks.txt");
        return Files.exists(p) ? p : Path.of("examples/geneva-grain-talks.txt");
    }

    @Test
    void analysesTheExampleArticleToJsonWithProvenance() throws IOException {
        Path out = dir.resolve("out.json");
        assertEquals(0, Main.run("analyze", "--format", "json", "--out", out.toString(), example().toString()));
        JsonNode doc = JSON.readTree(out.toFile());
        assertEquals("geneva-grain-talks", doc.get("id").asText());
        assertEquals("2025-06-12", doc.get("published").asText());
        String text = doc.get("text").asText();
        for (JsonNode t : doc.get("times")) {
            assertEquals(t.get("text").asText(), text.substring(t.get("start").asInt(), t.get("end").asInt()));
        }
        assertTrue(doc.get("times").size() >= 4, doc.get("times").toString());
        assertTrue(doc.get("provenance").get("configHash").asText().length() == 16);
        assertEquals("corenlp", doc.get("provenance").get("components").get(0).get("name").asText());
    }

    @Test
    void writesGdeltEventRows() throws IOException {
        Path out = dir.resolve("events.tsv");
        assertEquals(0, Main.run("analyze", "--format", "gdelt", "--out", out.toString(), example().toString()));
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(rows.size() >= 3, "rows: " + rows);
        boolean sanctions = false;
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            assertEquals(61, f.length, row);
            assertTrue(f[26].matches("\\d{2,4}") && f[26].startsWith(f[28]), row);
            assertTrue(f[29].matches("[1-4]"), row);
            assertEquals("20250612000000", f[59]);
            sanctions |= f[28].equals("16") && f[17].equals("RUS");
        }
        assertTrue(sanctions, "the EU sanctions on Russian shipping companies: " + rows);
    }

    @Test
    void batchGoesOnPastBadRecordsAndListsThem() throws IOException {
        String good = new String(Files.readAllBytes(example()), StandardCharsets.UTF_8);
        String body = good.substring(good.indexOf("---", 3) + 4);
        ObjectMapper m = JSON;
        String line1 = m.writeValueAsString(java.util.Map.of("id", "g1", "title", "t", "text", body, "published", "2025-06-12"));
        String line3 = m.writeValueAsString(java.util.Map.of("id", "g2", "text", body, "published", "2025-06-13"));
        Path in = Files.write(dir.resolve("in.jsonl"), List.of(line1, "{broken", line3,
                "{\"id\":\"x\",\"text\":\"t\",\"published\":\"2025-99-01\"}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        int code = Main.run("analyze", "--no-progress", "--jsonl", in.toString(), "--out", out.toString());
        assertEquals(1, code, "some records were skipped");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertEquals("g1", JSON.readTree(lines.get(0)).get("id").asText());
        assertEquals("g2", JSON.readTree(lines.get(1)).get("id").asText());
    }
}
