package dev.dossier.ingest;

import dev.dossier.io.InputException;
import dev.dossier.io.InputLimits;
import dev.dossier.io.TextChecks;
import dev.dossier.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the items of an RSS 2.0 or Atom feed as articles. An item's text is its full content
 * ({@code content:encoded}, Atom {@code content}) when present, else its description or summary, with HTML markup
 * turned into text. The feed's own title is each item's source. Items without text or date are rejected one by one.
 */
public final class FeedReader {

    private final InputLimits limits;

    public FeedReader(InputLimits limits) {
        this.limits = limits;
    }

    /** True when the XML looks like a feed (an {@code <rss>}, {@code <feed>} or RDF root). */
    public static boolean looksLikeFeed(String xml) {
        String head = xml.length() > 2000 ? xml.substring(0, 2000) : xml;
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    /** Reads every item; {@code name} names the feed in messages. */
    public List<IngestItem> read(String name, String xml) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser().setTrackPosition(true));
        List<IngestItem> out = new ArrayList<>();
        boolean atom = feed.selectFirst("feed") != null && feed.selectFirst("rss") == null;
        String source = atom ? childText(feed.selectFirst("feed"), "title").orElse(null)
                : Optional.ofNullable(feed.selectFirst("channel")).flatMap(c -> childText(c, "title")).orElse(null);
        List<Element> items = atom ? feed.select("entry") : feed.select("item");
        if (items.isEmpty()) {
            out.add(new IngestItem.Rejected(name, "is a feed with no items"));
        }
        int n = 0;
        for (Element item : items) {
            n++;
            int line = item.sourceRange().start().lineNumber();
            String input = name + (line > 0 ? ":" + line : "") + "#item" + n;
            try {
                out.add(new IngestItem.Read(input, dev.dossier.model.Document.of(item(input, item, atom, source))));
            } catch (InputException e) {
                out.add(new IngestItem.Rejected(e.input(), e.problem()));
            }
        }
        return out;
    }

    private Article item(String input, Element item, boolean atom, String source) {
        String title = childText(item, "title").orElse("");
        String link = atom ? Optional.ofNullable(item.selectFirst("link[rel=alternate], link:not([rel])"))
                .map(e -> e.attr("href")).orElse(null) : childText(item, "link").orElse(null);
        String html = first(item, atom ? new String[] {"content", "summary"}
                : new String[] {"content|encoded", "encoded", "description"}).orElse("");
        String text = html.contains("<") ? htmlToText(html) : html.strip();
        TextChecks.checkArticleText(input, text, limits);
        LocalDate published = first(item, atom ? new String[] {"published", "updated"}
                : new String[] {"pubDate", "dc|date", "date"}).flatMap(Dates::parse)
                .orElseThrow(() -> new InputException(input, "has no readable date (pubDate, published or updated)"));
        String id = childText(item, atom ? "id" : "guid").orElse(link == null ? input : link);
        return new Article(id, title, text, published, source, link, "en");
    }

    private static String htmlToText(String html) {
        Document d = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        var blocks = d.select("p, li, h2, h3, blockquote");
        if (blocks.isEmpty()) {
            return d.text().strip();
        }
        blocks.forEach(b -> out.append(b.text().strip()).append('\n'));
        return out.toString().strip();
    }

    private static Optional<String> first(Element item, String[] tags) {
        for (String tag : tags) {
            Optional<String> v = childText(item, tag);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> childText(Element parent, String tag) {
        if (parent == null) {
            return Optional.empty();
        }
        Element e = parent.selectFirst("> " + tag);
        if (e == null) {
            return Optional.empty();
        }
        String v = e.wholeText().strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
