package dev.dossier.ingest;

import dev.dossier.io.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz tier: a seeded generator mutates well-formed inputs of every format the readers take (text with front
 * matter, HTML, JSON Lines, analysed JSON as lines and as an indented document, RSS, Atom, WARC) and feeds at least
 * 10,000 of them through {@link InputWalker} in one JVM. No exception may escape a reader; every rejection names
 * its file (and its line, in line-oriented formats). Seeded, so a failure repeats; {@code -Dfuzz.seed=N} and
 * {@code -Dfuzz.inputs=N} explore further.
 */
class ReaderFuzzTest {

    private static final String[] SENTENCES = {
        "The foreign ministers of the two countries met in Lisbon on Tuesday and said the talks went well.",
        "Officials said the agreement on river water would be signed by the end of the month.",
        "The opposition leader accused the government of delaying the vote, his spokesman said.",
        "Police arrested twelve protesters outside the parliament, witnesses said on Friday.",
        "\"We will not accept these terms,\" the minister told reporters in the capital."};

    @TempDir
    Path tmp;

    private final InputWalker walker = new InputWalker(InputLimits.defaults());

    private record Seed(String extension, byte[] bytes, boolean lines) {
    }

    @Test
    void mutatedInputsAreReadOrRejectedNeverThrown() throws IOException {
        long seed = Long.getLong("fuzz.seed", 12);
        int inputs = Integer.getInteger("fuzz.inputs", 10_000);
        Random random = new Random(seed);
        List<Seed> seeds = seeds();
        int[] counts = new int[2];
        List<String> escaped = new ArrayList<>();
        Path dir = scratch();
        try {
            run(seed, inputs, random, seeds, dir, escaped, counts);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            if (!dir.equals(tmp)) {
                Files.delete(dir);
            }
        }
        assertEquals(List.of(), escaped, "exceptions escaped the readers");
        assertTrue(counts[0] > inputs / 20 && counts[1] > inputs / 20, "the mutations keep some inputs and break "
                + "others: " + counts[0] + " read, " + counts[1] + " rejected");
    }

    /** A folder in memory when the machine has one (/dev/shm): writing 10,000 files to disk costs more than reading them. */
    private Path scratch() throws IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "dossier-fuzz") : tmp;
    }

    private void run(long seed, int inputs, Random random, List<Seed> seeds, Path dir, List<String> escaped,
                     int[] counts) throws IOException {
        for (int i = 0; i < inputs; i++) {
            Seed s = seeds.get(i % seeds.size());
            byte[] bytes = Mutator.mutate(s.bytes(), seeds.get(random.nextInt(seeds.size())).bytes(), random);
            Path file = dir.resolve("f" + (i % 64) + s.extension());
            Files.write(file, bytes);
            String name = file.toString();
            try (Stream<IngestItem> items = walker.readFile(file)) {
                for (IngestItem item : (Iterable<IngestItem>) items::iterator) {
                    switch (item) {
                        case IngestItem.Read r -> counts[0]++;
                        case IngestItem.Rejected r -> {
                            counts[1]++;
                            assertTrue(r.input().startsWith(name), "a rejection names its file: " + r);
                            if (s.lines()) {
                                assertTrue(r.input().matches(java.util.regex.Pattern.quote(name) + ":\\d+.*"),
                                        "a rejection in a line-oriented file names the line: " + r);
                            }
                            assertTrue(!r.reason().contains("\n\tat "), "no stack trace in a reason: " + r);
                        }
                    }
                }
            } catch (RuntimeException e) {
                escaped.add("seed " + seed + ", input " + i + " (" + s.extension() + "): " + e);
            }
        }
    }

    /** Well-formed inputs of every format, written here from our own sentences. */
    static List<Seed> seeds() throws IOException {
        List<Seed> out = new ArrayList<>();
        String body = String.join(" ", SENTENCES);
        out.add(new Seed(".txt", ("---\npublished: 2025-06-02\nsource: Fuzz Wire\nurl: https://example.org/a\n---\n"
                + "Ministers meet in Lisbon\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8), false));
        out.add(new Seed(".html", ("<!doctype html><html lang='en'><head><title>Talks | Wire</title><meta "
                + "property='article:published_time' content='2025-06-02T10:00:00Z'><meta property='og:title' "
                + "content='Ministers meet in Lisbon'></head><body><nav>Home News Share</nav><article><h1>Ministers "
                + "meet</h1><p>" + String.join("</p><p>", SENTENCES) + "</p></article><footer>(c) Wire</footer>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8), false));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < SENTENCES.length; i++) {
            jsonl.append("{\"id\":\"a").append(i).append("\",\"title\":\"Story ").append(i)
                    .append("\",\"published\":\"2025-06-0").append(i + 1).append("\",\"source\":\"Wire\",\"text\":\"")
                    .append(SENTENCES[i].replace("\"", "\\\"")).append(' ').append(SENTENCES[(i + 1) % 5]
                            .replace("\"", "\\\"")).append("\"}\n");
        }
        out.add(new Seed(".jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8), true));
        String analysed = "{\"id\":\"x\",\"published\":\"2025-06-02\",\"text\":\"" + SENTENCES[3] + "\","
                + "\"entities\":[{\"id\":\"e1\",\"name\":\"Police\",\"type\":\"ORGANIZATION\",\"actor\":\"COP\","
                + "\"mentions\":[{\"start\":0,\"end\":6,\"text\":\"Police\",\"kind\":\"name\"}]}],\"quotes\":[],"
                + "\"times\":[{\"start\":84,\"end\":90,\"text\":\"Friday\",\"type\":\"DATE\",\"value\":\"2025-05-30\"}],"
                + "\"events\":[{\"cameo\":\"173\",\"quadClass\":4,\"goldstein\":-5.0,\"status\":\"happened\","
                + "\"source\":{\"entity\":\"e1\",\"actor\":\"COP\",\"mention\":{\"start\":0,\"end\":6}},"
                + "\"targets\":[],\"when\":\"2025-05-30\",\"whenFrom\":\"text\",\"evidence\":{\"start\":7,\"end\":15},"
                + "\"sentence\":0}]}";
        out.add(new Seed(".jsonl", (analysed + "\n" + analysed.replace("\"x\"", "\"y\"").replace("twelve", "nine")
                + "\n").getBytes(StandardCharsets.UTF_8), true));
        out.add(new Seed(".json", analysed.replace(",\"", ",\n  \"").getBytes(StandardCharsets.UTF_8), true));
        StringBuilder rss = new StringBuilder("<?xml version='1.0'?>\n<rss version='2.0'><channel><title>Wire</title>\n");
        StringBuilder atom = new StringBuilder("<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>"
                + "<title>Wire</title>\n");
        for (int i = 0; i < 3; i++) {
            rss.append("<item><title>Story ").append(i).append("</title><link>https://example.org/r").append(i)
                    .append("</link><pubDate>Mon, 0").append(i + 2).append(" Jun 2025 10:00:00 GMT</pubDate>\n")
                    .append("<description><![CDATA[<p>").append(SENTENCES[i]).append("</p><p>")
                    .append(SENTENCES[i + 1]).append("</p>]]></description></item>\n");
            atom.append("<entry><title>Story ").append(i).append("</title><link href='https://example.org/t")
                    .append(i).append("'/><published>2025-06-0").append(i + 2).append("T10:00:00Z</published>\n")
                    .append("<content type='html'>&lt;p&gt;").append(SENTENCES[i + 2]).append(" ")
                    .append(SENTENCES[i]).append("&lt;/p&gt;</content></entry>\n");
        }
        out.add(new Seed(".rss", (rss + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8), false));
        out.add(new Seed(".atom", (atom + "</feed>\n").getBytes(StandardCharsets.UTF_8), false));
        out.add(new Seed(".warc", warc(body), false));
        return out;
    }

    private static byte[] warc(String body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes))) {
            for (int i = 0; i < 2; i++) {
                byte[] page = ("<html lang='en'><head><title>Talks " + i + "</title></head><body><article><p>" + body
                        + " Page " + i + ".</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create("https://example.org/w" + i))
                        .date(Instant.parse("2025-06-02T10:00:00Z"))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML, page).build())
                        .build());
            }
        }
        return bytes.toByteArray();
    }
}
