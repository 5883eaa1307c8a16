package dev.dossier.io;

import dev.dossier.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one article from a plain-text file. The first non-blank line is the headline. Metadata may be given in a
 * front matter block at the top:
 *
 * <pre>
 * ---
 * published: 2025-11-16
 * source: Example Wire
 * url: https://example.org/story
 * title: A headline, when the text does not start with one
 * ---
 * </pre>
 *
 * The text analysed is everything after the front matter; offsets point into it.
 */
public final class TextFileReader {

    private final InputLimits limits;

    public TextFileReader(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads and checks a file.
     *
     * @param published the publication date to use; when null, the front matter must give one
     * @throws InputException when the file cannot be analysed, naming the file and the problem
     */
    public Article read(Path file, LocalDate published) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name, "is a directory; give article files, or use --jsonl for a batch");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new InputException(name, String.format(Locale.ROOT, "is %.1f MB, over the %.1f MB limit for "
                        + "one article; split it into articles, or raise the limit with --max-bytes",
                        size / 1048576.0, limits.maxBytes() / 1048576.0));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + e.getMessage());
        }
        return parse(name, TextChecks.decode(name, bytes, limits), published);
    }

    /** Builds an article from already decoded text, reading its front matter. */
    public Article parse(String name, String content, LocalDate published) {
        Map<String, String> meta = new LinkedHashMap<>();
        String body = content;
        if (content.startsWith("---\n") || content.startsWith("---\r\n")) {
            int open = content.indexOf('\n') + 1;
            int close = -1;
            int bodyStart = content.length();
            for (int at = open; at < content.length(); ) {
                int end = content.indexOf('\n', at);
                if (content.substring(at, end < 0 ? content.length() : end).strip().equals("---")) {
                    close = at;
                    bodyStart = end < 0 ? content.length() : end + 1;
                    break;
                }
                at = end < 0 ? content.length() : end + 1;
            }
            if (close < 0) {
                throw new InputException(name, "front matter opened with '---' is never closed with '---'");
            }
            int lineNumber = 1;
            for (String line : content.substring(open, close).split("\r?\n")) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new InputException(name + ":" + lineNumber, "front matter line '" + shorten(line.strip())
                            + "' is not 'key: value'");
                }
                meta.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            body = content.substring(bodyStart);
        }
        TextChecks.checkArticleText(name, body, limits);
        LocalDate date = published != null ? published
                : TextChecks.parseDate(name, meta.containsKey("published") ? "'published' in the front matter"
                        : "the publication date (--published, or 'published:' in front matter)", meta.get("published"));
        String title = meta.getOrDefault("title", firstLine(body));
        return new Article(idOf(Path.of(name)), title, body, date, meta.get("source"), meta.get("url"),
                meta.getOrDefault("language", "en"));
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "\u2026";
    }

    private static String firstLine(String body) {
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    private static String idOf(Path file) {
        String base = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
