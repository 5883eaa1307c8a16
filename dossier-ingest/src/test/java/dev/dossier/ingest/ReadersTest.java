package dev.dossier.ingest;

import dev.dossier.io.InputLimits;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadersTest {

    private static final String BODY = "The foreign ministers of the two countries met in Vienna on Tuesday and said "
            + "that the talks had been useful for both sides.";
    private static final String SECOND = "They agreed to meet again in the spring, officials said after the meeting.";

    @TempDir
    Path tmp;

    private final InputWalker walker = new InputWalker(InputLimits.defaults());

    private Article only(Path... paths) {
        List<IngestItem> items = walker.readAll(List.of(paths));
        assertEquals(1, items.size(), items.toString());
        return assertInstanceOf(IngestItem.Read.class, items.get(0)).document().article();
    }

    @Test
    void hashIgnoresWhiteSpaceAndTypography() {
        assertEquals(ContentHash.of("He said \u201Cyes\u201D \u2014 twice.\r\n"), ContentHash.of("He said \"yes\" - twice."));
        assertNotEquals(ContentHash.of("He said yes."), ContentHash.of("He said no."));
        assertEquals(64, ContentHash.of("x").length());
    }

    @Test
    void htmlGivesMainTextAndMetadataWithoutBoilerplate() throws IOException {
        Path page = tmp.resolve("story.html");
        Files.writeString(page, "<html lang='en'><head><title>Site | Ministers meet</title>"
                + "<meta property='og:title' content='Ministers meet in Vienna'>"
                + "<meta property='article:published_time' content='2025-03-04T08:00:00+01:00'>"
                + "<meta property='og:site_name' content='Example Times'>"
                + "<link rel='canonical' href='https://www.example.org/world/ministers'></head><body>"
                + "<nav><ul><li>Home page of the whole site with links</li></ul></nav>"
                + "<div class='cookie-banner'><p>We use cookies to improve your experience on this site.</p></div>"
                + "<article><h1>Ministers meet in Vienna</h1><p>" + BODY + "</p>"
                + "<div class='social-share'><p>Share this article with your friends and family now</p></div>"
                + "<p>" + SECOND + "</p></article>"
                + "<footer><p>Copyright Example Times, all rights reserved, 2025.</p></footer></body></html>");
        Article a = only(page);
        assertEquals("Ministers meet in Vienna", a.title());
        assertEquals(LocalDate.of(2025, 3, 4), a.published());
        assertEquals("Example Times", a.source());
        assertEquals("https://www.example.org/world/ministers", a.url());
        assertEquals(BODY + "\n" + SECOND, a.text());
    }

    @Test
    void htmlDateAndPublisherFromJsonLd() throws IOException {
        Path page = tmp.resolve("ld.html");
        Files.writeString(page, "<html><head><title>Talks</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-06-01\",\"publisher\":{\"name\":\"LD News\"}}"
                + "</script></head><body><div><p>" + BODY + "</p><p>" + SECOND + "</p></div></body></html>");
        Article a = only(page);
        assertEquals(LocalDate.of(2025, 6, 1), a.published());
        assertEquals("LD News", a.source());
    }

    @Test
    void htmlWithoutDateIsRejectedWithAReason() throws IOException {
        Path page = tmp.resolve("nodate.html");
        Files.writeString(page, "<html><body><p>" + BODY + "</p></body></html>");
        IngestItem item = walker.readAll(List.of(page)).get(0);
        assertTrue(assertInstanceOf(IngestItem.Rejected.class, item).reason().contains("no publication date"));
    }

    @Test
    void textWithSidecarTakesItsMetadata() throws IOException {
        Path text = tmp.resolve("a.txt");
        Files.writeString(text, BODY + "\n" + SECOND + "\n");
        Files.writeString(tmp.resolve("a.txt.json"), "{\"published\":\"2025-02-03\",\"source\":\"Side Wire\","
                + "\"title\":\"From the sidecar\"}");
        Path meta = tmp.resolve("b.txt");
        Files.writeString(meta, SECOND + "\n" + BODY);
        Files.writeString(tmp.resolve("b.txt.meta"), "published: 2025-02-04\nsource: Meta Wire\n");
        List<IngestItem> items = walker.readAll(List.of(tmp));
        assertEquals(2, items.size(), "sidecars are not read as articles: " + items);
        Article a = ((IngestItem.Read) items.get(0)).document().article();
        Article b = ((IngestItem.Read) items.get(1)).document().article();
        assertEquals("From the sidecar", a.title());
        assertEquals("Side Wire", a.source());
        assertEquals(LocalDate.of(2025, 2, 3), a.published());
        assertEquals("Meta Wire", b.source());
        assertEquals(LocalDate.of(2025, 2, 4), b.published());
    }

    @Test
    void rssAndAtomItemsBecomeArticles() throws IOException {
        Path rss = tmp.resolve("feed.rss");
        Files.writeString(rss, "<?xml version='1.0'?><rss version='2.0'><channel><title>Feed Wire</title>"
                + "<item><title>One</title><link>https://f.example/1</link><pubDate>Tue, 04 Mar 2025 08:00:00 GMT"
                + "</pubDate><description><![CDATA[<p>" + BODY + "</p>]]></description></item>"
                + "<item><title>No date</title><description>" + SECOND + " " + BODY + "</description></item>"
                + "</channel></rss>");
        Path atom = tmp.resolve("feed.atom");
        Files.writeString(atom, "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Atom Wire"
                + "</title><entry><title>Two</title><id>urn:2</id><link href='https://a.example/2'/><updated>"
                + "2025-03-05T10:00:00Z</updated><summary>" + SECOND + " " + BODY + "</summary></entry></feed>");
        List<IngestItem> items = walker.readAll(List.of(rss, atom));
        assertEquals(3, items.size());
        Article one = ((IngestItem.Read) items.get(0)).document().article();
        assertEquals("Feed Wire", one.source());
        assertEquals(BODY, one.text());
        assertEquals(LocalDate.of(2025, 3, 4), one.published());
        assertTrue(((IngestItem.Rejected) items.get(1)).reason().contains("date"));
        Article two = ((IngestItem.Read) items.get(2)).document().article();
        assertEquals("Atom Wire", two.source());
        assertEquals("https://a.example/2", two.url());
    }

    @Test
    void warcResponsesArePagesAndOtherRecordsAreSkipped() throws IOException {
        Path warc = tmp.resolve("crawl.warc.gz");
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            byte[] html = ("<html><head><title>Crawled</title></head><body><article><p>" + BODY + "</p></article>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            w.write(new WarcResponse.Builder(URI.create("https://c.example/page")).date(Instant.parse(
                    "2025-04-01T12:00:00Z")).body(new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://c.example/logo.png")).date(Instant.parse(
                    "2025-04-01T12:00:01Z")).body(new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://c.example/gone")).date(Instant.parse(
                    "2025-04-01T12:00:02Z")).body(new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.parse("text/html"), html).build()).build());
        }
        Article a = only(warc);
        assertEquals(BODY, a.text());
        assertEquals(LocalDate.of(2025, 4, 1), a.published(), "the record date stands in for a missing page date");
        assertEquals("c.example", a.source());
    }

    @Test
    void jsonLinesCarryArticlesAndAnalyses() throws IOException {
        Path jsonl = tmp.resolve("in.jsonl");
        int start = BODY.indexOf("Vienna");
        Files.writeString(jsonl, "{\"id\":\"p\",\"text\":\"" + BODY + "\",\"published\":\"2025-01-02\"}\n"
                + "{\"id\":\"q\",\"text\":\"" + BODY + " Again.\",\"published\":\"2025-01-03\",\"entities\":[{\"id\":"
                + "\"e1\",\"name\":\"Vienna\",\"type\":\"LOCATION\",\"actor\":\"AUT\",\"mentions\":[{\"text\":\"Vienna\","
                + "\"start\":" + start + ",\"end\":" + (start + 6) + ",\"kind\":\"name\"}]}],\"events\":[{\"cameo\":"
                + "\"043\",\"quadClass\":1,\"goldstein\":2.8,\"source\":{\"actor\":\"MED\"},\"targets\":[],\"status\":"
                + "\"happened\",\"evidence\":{\"text\":\"met\",\"start\":" + BODY.indexOf("met") + ",\"end\":"
                + (BODY.indexOf("met") + 3) + "}}]}\n"
                + "{\"id\":\"r\",\"text\":\"\",\"published\":\"2025-01-03\"}\n"
                + "not json\n");
        List<IngestItem> items = walker.readAll(List.of(jsonl));
        assertEquals(4, items.size());
        assertFalse(((IngestItem.Read) items.get(0)).analysed());
        Document q = ((IngestItem.Read) items.get(1)).document();
        assertTrue(q.has(Layer.ENTITIES) && q.has(Layer.EVENTS));
        assertEquals("AUT", q.actorOf("e1").orElseThrow().code().toString());
        assertEquals("MED", q.events().get(0).source().code().toString());
        assertInstanceOf(IngestItem.Rejected.class, items.get(2));
        assertTrue(((IngestItem.Rejected) items.get(3)).input().endsWith(":4"));
    }

    @Test
    void unknownFilesAndMissingPathsAreRejectedAndTheWalkGoesOn() throws IOException {
        Files.writeString(tmp.resolve("notes.docx"), "binary-ish");
        Files.writeString(tmp.resolve("z.txt"), "---\npublished: 2025-01-01\n---\n" + BODY);
        List<IngestItem> items = walker.readAll(List.of(tmp.resolve("missing"), tmp));
        assertEquals(3, items.size());
        assertTrue(((IngestItem.Rejected) items.get(0)).reason().contains("no such"));
        assertTrue(((IngestItem.Rejected) items.get(1)).reason().contains("unknown format"));
        assertInstanceOf(IngestItem.Read.class, items.get(2));
    }
}
