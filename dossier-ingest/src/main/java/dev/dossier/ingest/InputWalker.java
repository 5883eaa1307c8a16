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

import java.io.IOException;
import java.io.UncheckedIOException;
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
        } catch (RuntimeException e) {
            return Stream.of(unexpected(file.toString(), e));
        }
    }

    /**
     * A reader failed in a way it does not anticipate: the input is rejected with the failure named, so that one
     * odd file never ends a batch.
     */
    private static IngestItem.Rejected unexpected(String input, RuntimeException e) {
        return new IngestItem.Rejected(input, "cannot be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report this input");
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
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            Stream<IngestItem> whole = jsonDocument(file);
            if (whole != null) {
                return whole;
            }
        }
        return NumberedLines.ofUtf8(file.toString(), Files.newInputStream(file), limits.maxBytes() * 2,
                this::parseLine, IngestItem.Rejected::new);
    }

    /**
     * A {@code .json} file holding one JSON document spread over lines, as {@code dossier analyze --format json}
     * prints it: an object (one article) or an array of them. Null when the file is JSON Lines instead (one value
     * per line), or too big to hold at once, so that it is read line by line.
     */
    private Stream<IngestItem> jsonDocument(Path file) throws IOException {
        if (Files.size(file) > limits.maxBytes() * 4) {
            return null;
        }
        String name = file.toString();
        byte[] bytes = Files.readAllBytes(file);
        String content;
        try {
            content = TextChecks.decode(name, bytes, new InputLimits(limits.maxBytes() * 4, false));
        } catch (InputException e) {
            return Stream.of(new IngestItem.Rejected(name + ":" + firstBadLine(bytes), e.problem()));
        }
        String firstLine = content.strip().lines().findFirst().orElse("");
        try {
            JSON.readTree(firstLine);
            return null;
        } catch (JsonProcessingException e) {
            // the first line alone is not a JSON value: the document spans lines
        }
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(content)) {
            com.fasterxml.jackson.core.JsonToken token = parser.nextToken();
            if (token == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = JSON.readTree(parser);
                if (parser.nextToken() != null) {
                    return Stream.of(new IngestItem.Rejected(name + ":" + parser.currentTokenLocation().getLineNr(),
                            "more JSON after the document; give one document per .json file, or JSON Lines"));
                }
                return Stream.of(parseNode(name + ":" + line, node));
            }
            if (token == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                List<IngestItem> items = new ArrayList<>();
                while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    int line = parser.currentTokenLocation().getLineNr();
                    items.add(parseNode(name + ":" + line, JSON.readTree(parser)));
                }
                if (parser.currentToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    items.add(new IngestItem.Rejected(name + ":" + parser.currentTokenLocation().getLineNr(),
                            "an element of the array is not a JSON object"));
                }
                return items.stream();
            }
            return Stream.of(new IngestItem.Rejected(name + ":1", "is not a JSON object or array of objects"));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return Stream.of(new IngestItem.Rejected(name + ":" + (at == null ? 1 : at.getLineNr()),
                    "malformed JSON: " + e.getOriginalMessage()));
        }
    }

    /** The line of the first byte that is not UTF-8 (or NUL), counted from 1; 1 when there is none. */
    private static int firstBadLine(byte[] bytes) {
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        int bad = bytes.length;
        try {
            decoder.decode(in);
        } catch (java.nio.charset.CharacterCodingException e) {
            bad = in.position();
        }
        int line = 1;
        for (int i = 0; i < bad && i < bytes.length; i++) {
            if (bytes[i] == 0) {
                break;
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private IngestItem parseLine(String input, String line) {
        try {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return new IngestItem.Rejected(input, "malformed JSON: " + e.getOriginalMessage());
            }
            return parseNode(input, node);
        } catch (RuntimeException e) {
            return unexpected(input, e);
        }
    }

    private IngestItem parseNode(String input, JsonNode node) {
        try {
            ArticleSource source = jsonLines.parseNode(input, node);
            if (source instanceof ArticleSource.Rejected r) {
                return new IngestItem.Rejected(r.input(), r.reason());
            }
            Article article = ((ArticleSource.Accepted) source).article();
            if (AnalysedJsonReader.isAnalysis(node)) {
                return new IngestItem.Read(input, AnalysedJsonReader.read(input, article, node));
            }
            return new IngestItem.Read(input, Document.of(article));
        } catch (InputException e) {
            return new IngestItem.Rejected(e.input(), e.problem());
        } catch (RuntimeException e) {
            return unexpected(input, e);
        }
    }

    /** The items of all paths, collected; for tests and small inputs. */
    public List<IngestItem> readAll(List<Path> paths) {
        try (Stream<IngestItem> s = walk(paths)) {
            return new ArrayList<>(s.toList());
        }
    }
}
