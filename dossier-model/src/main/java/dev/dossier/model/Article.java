package dev.dossier.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as given to Dossier: its text and the metadata that anchor it in time and source.
 *
 * @param id        stable identifier, unique within a corpus (a file name, a record id or a content hash)
 * @param title     headline; may be empty, never null
 * @param text      the text that is analysed and that every span points into
 * @param published publication date, the anchor for relative dates ("last month"); null when unknown
 * @param source    publisher or outlet; may be null
 * @param url       where the article was found; may be null
 * @param language  ISO 639-1 code of the text, e.g. {@code en}
 */
public record Article(String id, String title, String text, LocalDate published, String source, String url,
                      String language) {

    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? "en" : language;
        if (id.isBlank()) {
            throw new IllegalArgumentException("Article id is blank");
        }
    }

    public static Article of(String id, String text, LocalDate published) {
        return new Article(id, "", text, published, null, null, "en");
    }

    public Article withTitle(String newTitle) {
        return new Article(id, newTitle, text, published, source, url, language);
    }
}
