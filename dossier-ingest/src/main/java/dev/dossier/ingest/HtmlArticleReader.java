package dev.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.io.InputException;
import dev.dossier.io.InputLimits;
import dev.dossier.io.TextChecks;
import dev.dossier.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a news page: its main text with boilerplate dropped, its headline, publication date and source.
 *
 * <p>Metadata, first found wins: headline from {@code og:title}, {@code <title>}, the first {@code h1}; date from
 * {@code article:published_time}, JSON-LD {@code datePublished}, {@code <meta name=date|pubdate|dc.date>},
 * {@code <time datetime>}, then the fallback the caller gives (a WARC record's date); source from
 * {@code og:site_name}, JSON-LD {@code publisher.name}, then the host name. Main text: navigation, headers, footers,
 * asides, forms, scripts and elements whose class or id names boilerplate (menus, share bars, comments, related
 * links, cookie notices) are removed; then the {@code <article>} element (or {@code <main>}, or the element holding
 * the most paragraph text) gives its paragraphs, headings and list items, one per line.
 */
public final class HtmlArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(nav|navbar|menu|footer|header|sidebar|share|sharing|social|comments?|related|advert\\w*|ads?"
                    + "|promo|cookie\\w*|subscribe|newsletter|breadcrumbs?|byline-tools|tags)\\b");
    private static final int MIN_PARAGRAPH = 25;

    private final InputLimits limits;

    public HtmlArticleReader(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads one page.
     *
     * @param input        names the input in messages and becomes the article id
     * @param html         the page
     * @param url          where it was found, or null
     * @param fallbackDate the date to use when the page states none (a crawl date), or null
     * @throws InputException when the page has no main text or no date
     */
    public Article read(String input, String html, String url, LocalDate fallbackDate) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        String title = first(meta(page, "og:title"), Optional.of(page.title()), text(page.selectFirst("h1")))
                .orElse("");
        List<JsonNode> jsonLd = jsonLd(page);
        LocalDate published = first(meta(page, "article:published_time"), jsonLdField(jsonLd, "datePublished"),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date"),
                meta(page, "dcterms.created"), attr(page.selectFirst("time[datetime]"), "datetime"))
                .flatMap(Dates::parse).orElse(fallbackDate);
        String canonical = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"))
                .orElse(url);
        String source = first(meta(page, "og:site_name"), jsonLdPublisher(jsonLd), host(canonical)).orElse(null);
        String body = mainText(page);
        TextChecks.checkArticleText(input, body, limits);
        if (published == null) {
            throw new InputException(input, "has no publication date (no article:published_time, JSON-LD "
                    + "datePublished or date meta tag); add one, or give the page a sidecar with 'published'");
        }
        String language = Optional.ofNullable(page.selectFirst("html[lang]")).map(e -> e.attr("lang"))
                .map(l -> l.length() >= 2 ? l.substring(0, 2).toLowerCase(Locale.ROOT) : l).orElse("en");
        return new Article(input, title.strip(), body, published, source, canonical, language);
    }

    /** The main text of a page, one paragraph per line. */
    static String mainText(Document page) {
        page.select("script, style, noscript, iframe, nav, header, footer, aside, form, button, svg, figure figcaption")
                .remove();
        for (Element e : new ArrayList<>(page.body() == null ? List.of() : page.body().getAllElements())) {
            String marks = e.className() + " " + e.id() + " " + e.attr("role");
            if (e != page.body() && e.parent() != null && !e.tagName().equals("article") && !e.tagName().equals("main")
                    && BOILERPLATE.matcher(marks).find()) {
                e.remove();
            }
        }
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = densest(page);
        }
        if (root == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Elements blocks = root.select("p, h2, h3, h4, li, blockquote");
        for (Element b : blocks) {
            if (insideAnotherBlock(b, root)) {
                continue;
            }
            String t = b.text().strip();
            boolean heading = b.tagName().startsWith("h");
            if (t.length() >= MIN_PARAGRAPH || (heading && !t.isEmpty())) {
                out.append(t).append('\n');
            }
        }
        if (out.isEmpty()) {
            out.append(root.text().strip());
        }
        return out.toString().strip();
    }

    private static boolean insideAnotherBlock(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.tagName().matches("p|li|blockquote")) {
                return true;
            }
        }
        return false;
    }

    private static Element densest(Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = parent.select("> p").stream().mapToInt(x -> x.text().length()).sum();
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best == null ? page.body() : best;
    }

    private static Optional<String> meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return attr(e, "content");
    }

    private static Optional<String> attr(Element e, String attr) {
        return e == null || e.attr(attr).isBlank() ? Optional.empty() : Optional.of(e.attr(attr).strip());
    }

    private static Optional<String> text(Element e) {
        return e == null || e.text().isBlank() ? Optional.empty() : Optional.of(e.text());
    }

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                if (node != null && node.isArray()) {
                    node.forEach(out::add);
                } else if (node != null && node.has("@graph")) {
                    node.get("@graph").forEach(out::add);
                } else if (node != null) {
                    out.add(node);
                }
            } catch (java.io.IOException e) {
                // A broken JSON-LD block is common on real pages; the other metadata sources still apply.
            }
        }
        return out;
    }

    private static Optional<String> jsonLdField(List<JsonNode> nodes, String field) {
        return nodes.stream().filter(n -> n.hasNonNull(field)).map(n -> n.get(field).asText()).findFirst();
    }

    private static Optional<String> jsonLdPublisher(List<JsonNode> nodes) {
        return nodes.stream().filter(n -> n.has("publisher")).map(n -> n.get("publisher"))
                .map(p -> p.isTextual() ? p.asText() : p.path("name").asText(""))
                .filter(s -> !s.isBlank()).findFirst();
    }

    private static Optional<String> host(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String h = URI.create(url).getHost();
            return h == null ? Optional.empty() : Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @SafeVarargs
    private static <T> Optional<T> first(Optional<T>... options) {
        for (Optional<T> o : options) {
            if (o.isPresent() && !(o.get() instanceof String s && s.isBlank())) {
                return o;
            }
        }
        return Optional.empty();
    }
}
