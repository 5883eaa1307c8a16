package dev.dossier.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Reads articles from JSON Lines: one object per line with {@code id}, {@code title}, {@code text},
 * {@code published} (YYYY-MM-DD) and optional {@code source}, {@code url}, {@code language}. Lines are read lazily;
 * a bad line becomes a {@link ArticleSource.Rejected} naming the file and line, and reading goes on.
 */
public final class JsonLinesReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputLimits limits;

    public JsonLinesReader(InputLimits limits) {
        this.limits = limits;
    }

    /** Streams the records of a file; close the stream to close the file. */
    public Stream<ArticleSource> read(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            return NumberedLines.ofUtf8(file.toString(), in, limits.maxBytes() * 2, this::parseLine,
                    ArticleSource.Rejected::new);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** Streams the records of an already open reader; {@code name} names it in messages. */
    public Stream<ArticleSource> lines(String name, BufferedReader reader) {
        return NumberedLines.of(name, reader, this::parseLine, ArticleSource.Rejected::new);
    }

    /** Parses one JSON object into an article or a rejection. */
    public ArticleSource parseLine(String input, String line) {
        try {
            if (line.length() > limits.maxBytes()) {
                throw new InputException(input, "record is " + line.length() + " characters, over the limit of "
                        + limits.maxBytes());
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new InputException(input, "malformed JSON: " + e.getOriginalMessage());
            }
            return parseNode(input, node);
        } catch (InputException e) {
            return ArticleSource.Rejected.of(e);
        }
    }

    /** Reads an article from one parsed JSON value (an object with the fields above) or a rejection. */
    public ArticleSource parseNode(String input, JsonNode node) {
        try {
            if (node == null || !node.isObject()) {
                throw new InputException(input, "is not a JSON object");
            }
            String id = text(node, "id");
            if (id == null || id.isBlank()) {
                throw new InputException(input, "has no 'id'");
            }
            String where = input + " (id " + id + ")";
            String body = text(node, "text");
            if (body == null) {
                throw new InputException(where, "has no 'text'");
            }
            TextChecks.checkArticleText(where, body, limits);
            LocalDate published = TextChecks.parseDate(where, "'published'", text(node, "published"));
            return new ArticleSource.Accepted(input, new Article(id, text(node, "title"), body, published,
                    text(node, "source"), text(node, "url"), text(node, "language")));
        } catch (InputException e) {
            return ArticleSource.Rejected.of(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
