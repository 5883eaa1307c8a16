package dev.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.io.InputLimits;
import dev.dossier.io.TextFileReader;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.pipeline.Outcome;
import dev.dossier.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * How many events the coder finds on real articles, per 1,000 words: a figure with no gold behind it, kept so that
 * coverage cannot fall without anyone noticing. Precision is measured elsewhere (PETRARCH records, the expected
 * analyses); this counts.
 *
 * <p>Reads every {@code .txt} file under the given directories (or the given files) as one article: with a front
 * matter block when it has one ({@link TextFileReader}), else the whole file, dated from a {@code metadata.tsv} with
 * {@code filename} and {@code publication_date} columns in the file's directory or up to three above it (PolNeAR's
 * layout), or from an {@code expected.json} beside it (Dossier's examples). Words are runs of letters or digits.
 *
 * <p>Figures: {@code events.per1000words} (all coded events), {@code asserted.per1000words} (those whose status the
 * text asserts: not negated, denied or hypothetical), {@code reported.per1000words} (events with a {@code reportedBy}),
 * {@code verbal.per1000words} (CAMEO 01-05 and 09-13); rows: {@code articles} (share of articles with at least one
 * asserted event, as recall).
 */
public final class EventDensityEvaluation implements Evaluation {

    private static final int THREADS = 2;
    private static final TextFileReader READER = new TextFileReader(new InputLimits(5L * 1024 * 1024, false));
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The dates of each metadata file read, by its path. */
    private static final Map<Path, Map<String, String>> METADATA = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "density";
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        return run(pipeline, List.of(gold));
    }

    /** Counts events over the articles under several roots, as one corpus. */
    @Override
    public ScoreTable run(Pipeline pipeline, List<Path> roots) {
        Map<String, Integer> words = new LinkedHashMap<>();
        List<Document> documents = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : articles(root)) {
                Article a = read(file);
                String id = file.toAbsolutePath().normalize().toString();
                words.put(id, words(a.text()));
                documents.add(Document.of(new Article(id, a.title(), a.text(), a.published(), a.source(), a.url(),
                        a.language())));
            }
        }
        ScoreTable.Builder table = new ScoreTable.Builder("Events per 1,000 words on " + documents.size()
                + " articles under " + roots);
        long counted = 0;
        int all = 0;
        int asserted = 0;
        int reported = 0;
        int verbal = 0;
        int withEvent = 0;
        int done = 0;
        try (Stream<Outcome> outcomes = pipeline.annotateAll(documents.stream(), THREADS)) {
            for (Outcome o : (Iterable<Outcome>) outcomes::iterator) {
                if (o instanceof Outcome.Failed f) {
                    table.note("failed: " + f.id() + ": " + f.reason());
                    continue;
                }
                Document d = ((Outcome.Done) o).document();
                done++;
                counted += words.get(d.id());
                List<Event> events = d.events();
                all += events.size();
                int here = (int) events.stream().filter(e -> PetrarchEvaluation.ASSERTED.contains(e.status())).count();
                asserted += here;
                withEvent += here > 0 ? 1 : 0;
                reported += (int) events.stream().filter(e -> e.reportedBy() != null).count();
                verbal += (int) events.stream().filter(e -> e.quadClass() == 1 || e.quadClass() == 3).count();
            }
        }
        double thousands = Math.max(1, counted) / 1000.0;
        table.add("articles", new Score(withEvent, withEvent, withEvent, done));
        table.figure("events.per1000words", all / thousands);
        table.figure("asserted.per1000words", asserted / thousands);
        table.figure("reported.per1000words", reported / thousands);
        table.figure("verbal.per1000words", verbal / thousands);
        table.note(String.format(Locale.ROOT, "%d events (%d asserted, %d reported, %d verbal) in %d words of %d "
                + "articles", all, asserted, reported, verbal, counted, done));
        return table.build();
    }

    /** Words of a text: runs of letters or digits. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }

    /** The article files under a root, sorted: the root itself when it is a file. */
    static List<Path> articles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + ": no such file or directory of articles");
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the articles under " + root, e);
        }
    }

    static Article read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the article " + file, e);
        }
        if (content.startsWith("---\n") || content.startsWith("---\r\n")) {
            return READER.parse(file.toString(), content, null);
        }
        return new Article(file.getFileName().toString(), "", content, date(file), null, null, "en");
    }

    /** The publication date of an article without front matter, from the metadata beside it, or null. */
    private static LocalDate date(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Path dir = file.toAbsolutePath().getParent();
        for (int up = 0; up <= 3 && dir != null; up++, dir = dir.getParent()) {
            Path meta = dir.resolve("metadata.tsv");
            if (Files.isRegularFile(meta)) {
                return parse(metadataDates(meta).get(stem));
            }
        }
        Path expected = file.resolveSibling("expected.json");
        if (Files.isRegularFile(expected)) {
            try {
                JsonNode node = JSON.readTree(expected.toFile());
                return parse(node.path("article").path("published").asText(null));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + expected, e);
            }
        }
        return null;
    }

    private static Map<String, String> metadataDates(Path meta) {
        return METADATA.computeIfAbsent(meta, m -> {
            Map<String, String> out = new HashMap<>();
            try {
                List<String> lines = Files.readAllLines(m, StandardCharsets.UTF_8);
                List<String> header = List.of(lines.getFirst().split("\t", -1));
                int name = header.indexOf("filename");
                int date = header.indexOf("publication_date");
                if (name < 0 || date < 0) {
                    return out;
                }
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split("\t", -1);
                    if (f.length > Math.max(name, date)) {
                        out.put(f[name], f[date]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + m, e);
            }
            return out;
        });
    }

    private static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
