package dev.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.io.ArticleSource;
import dev.dossier.io.InputException;
import dev.dossier.io.InputLimits;
import dev.dossier.io.JsonLinesReader;
import dev.dossier.io.NumberedLines;
import dev.dossier.io.TextChecks;
import dev.dossier.io.TextFileReader;
import dev.dossier.model.Article;
import dev.dossier.model.Document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.stream.Stream;

/**
 * Walks files and folders (recursively, in name order, hidden files skipped) and reads each file by its extension:
 *
 * <ul>
 *   <li>{@code .txt .text .md}: plain text, front matter and sidecar ({@link Sidecar}) for metadata</li>
 *   <li>{@code .html .htm .xhtml}: a news page ({@link HtmlArticleReader})</li>
 *   <li>{@code .jsonl .ndjson .json}: one article or analysis per line ({@link AnalysedJsonReader})</li>
 *   <li>{@code .rss .atom .xml}: a feed ({@link FeedReader})</li>
 *   <li>{@code .warc .warc.gz}: a web crawl ({@link WarcArticleReader})</li>
 * </ul>
 *
 * Files are read one at a time as the returned stream is consumed; JSON Lines files line by line.
 */
public final class InputWalker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputLimits limits;
    private final TextFileReader text;
    private final HtmlArticleReader html;
    private final FeedReader feeds;
    private final WarcArticleReader warc;
    private final JsonLinesReader jsonLines;

    public InputWalker(InputLimits limits) {
        this.limits = limits;
        this.text = new TextFileReader(limits);
        this.html = new HtmlArticleReader(limits);
        this.feeds = new FeedReader(limits);
        this.warc = new WarcArticleReader(limits);
        this.jsonLines = new JsonLinesReader(limits);
    }

    /** Every file under the given paths, in a stable order; missing paths are reported as rejected items. */
    public Stream<IngestItem> walk(List<Path> paths) {
        return paths.stream().flatMap(this::walkOne);
    }

    private Stream<IngestItem> walkOne(Path path) {
        if (!Files.exists(path)) {
            return Stream.of(new IngestItem.Rejected(path.toString(), "no such file or folder"));
        }
        if (!Files.isDirectory(path)) {
            return readFile(path);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(path)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !path.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Sidecar.isSidecar(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new IngestItem.Rejected(path.toString(), "cannot list the folder: " + e.getMessage()));
        }
        return files.stream().flatMap(this::readFile);
    }

    /** Reads one file by its extension. */
    public Stream<IngestItem> readFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                return warc.read(file).stream();
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
                return jsonLines(file);
            }
            if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
                return Stream.of(textFile(file));
            }
            String content = TextChecks.decode(file.toString(), Files.readAllBytes(file), new InputLimits(
                    limits.maxBytes() * 20, false));
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
                Map<String, String> side = Sidecar.of(file).orElse(Map.of());
                Article a = html.read(file.toString(), content, side.get("url"),
                        side.containsKey("published") ? TextChecks.parseDate(file.toString(), "'published' in the "
                                + "sidecar", side.get("published")) : null);
                return Stream.of(new IngestItem.Read(file.toString(), Document.of(withSidecar(a, side))));
            }
            if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
                if (!FeedReader.looksLikeFeed(content)) {
                    return Stream.of(new IngestItem.Rejected(file.toString(), "is XML but not an RSS or Atom feed"));
                }
                return feeds.read(file.toString(), content).stream();
            }
            return Stream.of(new IngestItem.Rejected(file.toString(), "has an unknown format; give .txt, .md, .html, "
                    + ".jsonl, .json, .rss, .atom, .xml, .warc or .warc.gz files"));
        } catch (InputException e) {
            return Stream.of(new IngestItem.Rejected(e.input(), e.problem()));
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new IngestItem.Rejected(file.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    private IngestItem textFile(Path file) {
        Map<String, String> side = Sidecar.of(file).orElse(Map.of());
        LocalDate published = side.containsKey("published")
                ? TextChecks.parseDate(file + " sidecar", "'published'", side.get("published")) : null;
        Article a = text.read(file, published);
        return new IngestItem.Read(file.toString(), Document.of(withSidecar(a, side)));
    }

    private static Article withSidecar(Article a, Map<String, String> side) {
        if (side.isEmpty()) {
            return a;
        }
        return new Article(side.getOrDefault("id", a.id()), side.getOrDefault("title", a.title()), a.text(),
                a.published(), side.getOrDefault("source", a.source()), side.getOrDefault("url", a.url()),
                side.getOrDefault("language", a.language()));
    }

    private Stream<IngestItem> jsonLines(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()));
        return NumberedLines.of(file.toString(), reader, this::parseLine, IngestItem.Rejected::new);
    }

    private IngestItem parseLine(String input, String line) {
        ArticleSource source = jsonLines.parseLine(input, line);
        if (source instanceof ArticleSource.Rejected r) {
            return new IngestItem.Rejected(r.input(), r.reason());
        }
        Article article = ((ArticleSource.Accepted) source).article();
        try {
            JsonNode node = JSON.readTree(line);
            if (AnalysedJsonReader.isAnalysis(node)) {
                return new IngestItem.Read(input, AnalysedJsonReader.read(input, article, node));
            }
            return new IngestItem.Read(input, Document.of(article));
        } catch (JsonProcessingException e) {
            return new IngestItem.Rejected(input, "malformed JSON: " + e.getOriginalMessage());
        } catch (InputException e) {
            return new IngestItem.Rejected(e.input(), e.problem());
        }
    }

    /** The items of all paths, collected; for tests and small inputs. */
    public List<IngestItem> readAll(List<Path> paths) {
        try (Stream<IngestItem> s = walk(paths)) {
            return new ArrayList<>(s.toList());
        }
    }
}
