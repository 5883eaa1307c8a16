package dev.dossier.ingest;

import dev.dossier.io.InputException;
import dev.dossier.io.InputLimits;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the HTML pages of a WARC file (plain or gzipped, as news crawls store them) with jwarc. Each {@code response}
 * record with HTTP status 200 and an HTML body becomes one article, read by {@link HtmlArticleReader} with the
 * record's date as the fallback publication date. Other records (requests, metadata, redirects, images) are passed
 * over silently; a page that cannot be read is rejected alone.
 */
public final class WarcArticleReader {

    private final InputLimits limits;
    private final HtmlArticleReader html;

    public WarcArticleReader(InputLimits limits) {
        this.limits = limits;
        this.html = new HtmlArticleReader(limits);
    }

    /** Reads every page of the file. */
    public List<IngestItem> read(Path file) {
        List<IngestItem> out = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(message -> out.add(new IngestItem.Rejected(file.toString(), "WARC warning: " + message)));
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String input = file + "@" + reader.position() + " " + response.target();
                try {
                    var http = response.http();
                    MediaType type = http.contentType();
                    if (http.status() != 200 || !type.base().equals(MediaType.HTML.base())) {
                        continue;
                    }
                    byte[] body = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                            limits.maxBytes() + 1));
                    if (body.length > limits.maxBytes()) {
                        throw new InputException(input, "page is over the " + limits.maxBytes() + "-byte limit");
                    }
                    Charset charset = type.parameters().containsKey("charset")
                            ? charset(type.parameters().get("charset")) : StandardCharsets.UTF_8;
                    out.add(new IngestItem.Read(input, dev.dossier.model.Document.of(html.read(input,
                            new String(body, charset), response.target(),
                            response.date().atOffset(ZoneOffset.UTC).toLocalDate()))));
                } catch (InputException e) {
                    out.add(new IngestItem.Rejected(e.input(), e.problem()));
                } catch (IOException | RuntimeException e) {
                    out.add(new IngestItem.Rejected(input, "cannot be read: " + e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(new IngestItem.Rejected(file.toString(), "is not a readable WARC file: " + e.getMessage()));
        }
        return out;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
