package dev.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made expected analysis (the {@code expected.json} format of the shared examples): gold items given as
 * exact substrings of the article, located in it by search.
 */
public record ExpectedAnalysis(String title, LocalDate published, List<GoldEntity> entities,
                               List<GoldQuote> requiredQuotes, List<GoldQuote> acceptableQuotes,
                               List<GoldTime> times, JsonNode events) {

    /** An expected entity; {@code actor} may hold {@code *} for any part the article does not tell. */
    public record GoldEntity(String id, String name, String type, String actor, String role, List<String> mentions) {
    }

    /** An expected quote: direct with its text, or indirect with its cue and the start of its content. */
    public record GoldQuote(String kind, String text, String cue, String content, String speaker) {
        /** The string that locates the quote's content in the article. */
        public String contentText() {
            return text != null ? text : content;
        }
    }

    /** An expected temporal expression and its value. */
    public record GoldTime(String text, String value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ExpectedAnalysis read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read expected analysis " + file, e);
        }
        JsonNode article = root.path("article");
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            List<String> mentions = new ArrayList<>();
            e.path("mentions").forEach(m -> mentions.add(m.asText()));
            entities.add(new GoldEntity(e.path("id").asText(), e.path("name").asText(), e.path("type").asText(),
                    text(e, "actor"), text(e, "role"), mentions));
        }
        return new ExpectedAnalysis(article.path("title").asText(), LocalDate.parse(article.path("published").asText()),
                entities, quotes(root.path("quotes").path("required")), quotes(root.path("quotes").path("acceptable")),
                times(root.path("times")), root.path("events"));
    }

    private static List<GoldQuote> quotes(JsonNode array) {
        List<GoldQuote> out = new ArrayList<>();
        for (JsonNode q : array) {
            out.add(new GoldQuote(q.path("kind").asText(), text(q, "text"), text(q, "cue"), text(q, "content"),
                    text(q, "speaker")));
        }
        return out;
    }

    private static List<GoldTime> times(JsonNode array) {
        List<GoldTime> out = new ArrayList<>();
        for (JsonNode t : array) {
            out.add(new GoldTime(t.path("text").asText(), t.path("value").asText()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
