package dev.dossier.store.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of made-up news articles in every format Dossier ingests: text with front matter, text with a
 * sidecar, HTML pages, an RSS feed, an Atom feed, a WARC crawl, plain JSON Lines and analysed JSON Lines (with
 * entities and events, so that event merging is exercised without NLP). Several articles report each event, and
 * plans and agreements move through their states from article to article. Deterministic for a seed.
 *
 * <p>Run: {@code CorpusGenerator OUT_DIR [ARTICLES] [SEED] [EXAMPLE_ARTICLE]}; the example article, when given, is
 * read at run time and written with a sidecar beside the generated ones.
 */
public final class CorpusGenerator {

    private record Leader(String name, String surname, String country, String adjective, String capital, String title) {
    }

    private record Story(Leader a, Leader b, String cameo, String verb, String noun, LocalDate day, String place) {
    }

    private static final List<Leader> LEADERS = List.of(
            new Leader("Anna Keller", "Keller", "DEU", "German", "Berlin", "Chancellor"),
            new Leader("Pierre Morel", "Morel", "FRA", "French", "Paris", "President"),
            new Leader("Tomas Varga", "Varga", "HUN", "Hungarian", "Budapest", "Prime Minister"),
            new Leader("Olena Marchuk", "Marchuk", "UKR", "Ukrainian", "Kyiv", "Foreign Minister"),
            new Leader("Ivan Sorokin", "Sorokin", "RUS", "Russian", "Moscow", "Foreign Minister"),
            new Leader("Grace Holloway", "Holloway", "USA", "US", "Washington", "Secretary of State"),
            new Leader("Kenji Arai", "Arai", "JPN", "Japanese", "Tokyo", "Prime Minister"),
            new Leader("Lucia Ferrante", "Ferrante", "ITA", "Italian", "Rome", "Prime Minister"));
    private static final String[][] ACTIONS = {
            {"043", "met", "meeting"}, {"042", "visited", "visit"}, {"036", "offered talks to", "offer of talks"},
            {"057", "signed a trade agreement with", "signing"}, {"112", "accused", "accusation"},
            {"130", "threatened", "threat"}, {"051", "praised", "praise"}};
    private static final String[] OUTLETS = {"Harbor Daily", "Capital Wire", "Evening Ledger", "North Star News",
            "The Daily Courier", "Meridian Post"};
    private static final String[] FILLER = {
            "Officials said the discussions covered trade, energy and security.",
            "Analysts expect further contacts in the coming weeks.",
            "The talks were described by both sides as frank and useful.",
            "Markets reacted calmly to the news on the same day.",
            "Opposition figures criticised the move and asked for more details."};

    private final Random random;
    private final ObjectMapper json = new ObjectMapper();

    private CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        Path example = args.length > 3 ? Path.of(args[3]) : null;
        int written = generate(out, n, seed, example);
        System.err.println("wrote " + written + " articles under " + out);
    }

    /** Writes about {@code n} articles under {@code out}; returns how many. */
    public static int generate(Path out, int n, long seed, Path exampleArticle) throws IOException {
        return new CorpusGenerator(seed).write(out, n, exampleArticle);
    }

    /** {@code n} distinct plain articles (front matter text), for tests that need many small files fast. */
    public static List<String> plainArticles(int n, long seed) {
        CorpusGenerator g = new CorpusGenerator(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Story s = g.story(i);
            out.add("---\npublished: " + s.day().plusDays(1) + "\nsource: " + OUTLETS[i % OUTLETS.length]
                    + "\n---\n" + g.text(s, i));
        }
        return out;
    }

    private Story story(int i) {
        Leader a = LEADERS.get(random.nextInt(LEADERS.size()));
        Leader b;
        do {
            b = LEADERS.get(random.nextInt(LEADERS.size()));
        } while (b == a);
        String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
        LocalDate day = LocalDate.of(2025, 1, 6).plusDays((i % 200) * 3L + random.nextInt(3));
        return new Story(a, b, action[0], action[1], action[2], day, b.capital());
    }

    private String text(Story s, int variant) {
        String lead = switch (variant % 3) {
            case 0 -> s.a().adjective() + " " + s.a().title() + " " + s.a().name() + " " + s.verb() + " "
                    + s.b().adjective() + " " + s.b().title() + " " + s.b().name() + " in " + s.place() + " on "
                    + s.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ".";
            case 1 -> s.a().surname() + " " + s.verb() + " " + s.b().surname() + " in " + s.place() + " on "
                    + s.day().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                    + s.day().getDayOfMonth() + ", according to officials.";
            default -> "In " + s.place() + ", " + s.a().name() + " " + s.verb() + " " + s.b().name()
                    + ", the " + s.b().adjective() + " " + s.b().title().toLowerCase(Locale.ROOT) + ", officials said.";
        };
        StringBuilder t = new StringBuilder(lead).append('\n');
        for (int k = 0; k < 2 + random.nextInt(3); k++) {
            t.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
        t.append("The ").append(s.noun()).append(" was the ").append(ordinal(variant)).append(" such contact reported by ")
                .append(OUTLETS[variant % OUTLETS.length]).append(" this year.\n");
        return t.toString();
    }

    private static String ordinal(int i) {
        return "number " + (i + 1);
    }

    private int write(Path out, int n, Path exampleArticle) throws IOException {
        Files.createDirectories(out);
        for (String dir : List.of("text", "sidecar", "html", "feeds", "warc", "jsonl")) {
            Files.createDirectories(out.resolve(dir));
        }
        int count = 0;
        List<ObjectNode> plainLines = new ArrayList<>();
        List<ObjectNode> analysedLines = new ArrayList<>();
        List<String[]> rssItems = new ArrayList<>();
        List<String[]> atomEntries = new ArrayList<>();
        List<String[]> pages = new ArrayList<>();
        int stories = Math.max(1, n / 3);
        int article = 0;
        for (int i = 0; i < stories && article < n; i++) {
            Story s = story(i);
            int reports = 2 + random.nextInt(3);
            for (int r = 0; r < reports && article < n; r++, article++) {
                String outlet = OUTLETS[(i + r) % OUTLETS.length];
                LocalDate published = s.day().plusDays(r == 0 ? 0 : 1 + random.nextInt(2));
                String text = text(s, article);
                String title = s.a().surname() + " and " + s.b().surname() + ": " + s.noun() + " in " + s.place();
                String id = "story" + i + "-r" + r;
                // Every fourth story reaches us only as analyses (all its reports), so merging its event is tested
                // without NLP; the others spread over the raw formats.
                switch (i % 4 == 0 ? 7 : article % 7) {
                    case 0 -> Files.writeString(out.resolve("text/" + id + ".txt"), "---\npublished: " + published
                            + "\nsource: " + outlet + "\ntitle: " + title + "\n---\n" + text);
                    case 1 -> {
                        Files.writeString(out.resolve("sidecar/" + id + ".txt"), text);
                        Files.writeString(out.resolve("sidecar/" + id + ".txt.meta"), "published: " + published
                                + "\nsource: " + outlet + "\ntitle: " + title + "\n");
                    }
                    case 2 -> Files.writeString(out.resolve("html/" + id + ".html"), html(title, text, published, outlet, id));
                    case 3 -> rssItems.add(new String[] {title, text, published.toString(), id});
                    case 4 -> atomEntries.add(new String[] {title, text, published.toString(), id});
                    case 5 -> pages.add(new String[] {html(title, text, published, outlet, id), id});
                    case 6 -> plainLines.add(line(id, title, text, published, outlet));
                    default -> analysedLines.add(analysed(line(id, title, text, published, outlet), s, text));
                }
                count++;
            }
        }
        count += states(out, analysedLines);
        writeLines(out.resolve("jsonl/articles.jsonl"), plainLines);
        writeLines(out.resolve("jsonl/analysed.jsonl"), analysedLines);
        Files.writeString(out.resolve("feeds/wire.rss"), rss(rssItems));
        Files.writeString(out.resolve("feeds/ledger.atom"), atom(atomEntries));
        warc(out.resolve("warc/crawl.warc.gz"), pages);
        if (exampleArticle != null && Files.isRegularFile(exampleArticle)) {
            Files.writeString(out.resolve("text/example.txt"), Files.readString(exampleArticle));
            Files.writeString(out.resolve("text/example.txt.meta"), "published: 2025-11-16\nsource: Example outlet\n");
            count++;
        }
        return count;
    }

    /** Articles that move plans and agreements through their states; returns how many. */
    private int states(Path out, List<ObjectNode> lines) throws IOException {
        String[][] story = {
                {"2025-09-02", "Harbor Daily", "Officials announced a planned Varga-Keller summit in Vienna for the autumn."},
                {"2025-09-20", "Capital Wire", "The Vienna summit was postponed indefinitely, Hungarian officials said."},
                {"2025-10-05", "Harbor Daily", "The Vienna summit has been cancelled, a government spokesman said."},
                {"2025-10-06", "Evening Ledger", "The Vienna summit will take place as agreed, diplomats insisted on Monday."},
                {"2025-06-10", "North Star News", "The two ministers reached an understanding in Geneva on grain exports."},
                {"2025-07-15", "Meridian Post", "The Geneva understanding is still in force, Sorokin told reporters."},
                {"2025-07-16", "Capital Wire", "The Geneva understanding is no longer valid after the latest strikes, Marchuk said."}};
        int i = 0;
        for (String[] s : story) {
            String text = s[2] + "\n" + FILLER[i % FILLER.length] + "\n";
            Files.writeString(out.resolve("text/state" + i + ".txt"), "---\npublished: " + s[0] + "\nsource: " + s[1]
                    + "\n---\n" + text);
            i++;
        }
        return i;
    }

    private ObjectNode line(String id, String title, String text, LocalDate published, String outlet) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("title", title);
        o.put("published", published.toString());
        o.put("source", outlet);
        o.put("url", "https://news.example/" + id);
        o.put("text", text);
        return o;
    }

    /** The line with the layers {@code dossier analyze} would give: both leaders as coded entities, one event. */
    private ObjectNode analysed(ObjectNode o, Story s, String text) {
        ArrayNode entities = o.putArray("entities");
        entity(entities, "e1", s.a(), text);
        entity(entities, "e2", s.b(), text);
        o.putArray("quotes");
        o.putArray("times");
        ArrayNode events = o.putArray("events");
        int at = text.indexOf(s.verb());
        if (at >= 0) {
            ObjectNode e = events.addObject();
            e.put("cameo", s.cameo());
            e.put("cameoName", s.noun());
            e.put("quadClass", s.cameo().startsWith("1") ? 3 : 1);
            e.put("goldstein", s.cameo().startsWith("1") ? -4.0 : 3.0);
            e.putObject("source").put("actor", s.a().country() + "GOV").put("entity", "e1");
            e.putArray("targets").addObject().put("actor", s.b().country() + "GOV").put("entity", "e2");
            e.put("when", s.day().toString());
            e.put("whenFrom", "text");
            e.putObject("where").put("name", s.place()).put("country", s.b().country());
            e.put("status", "happened");
            e.putObject("evidence").put("text", s.verb()).put("start", at).put("end", at + s.verb().length());
            e.put("sentence", 0);
        }
        return o;
    }

    private static void entity(ArrayNode entities, String id, Leader l, String text) {
        String surface = text.contains(l.name()) ? l.name() : l.surname();
        int at = text.indexOf(surface);
        if (at < 0) {
            return;
        }
        ObjectNode e = entities.addObject();
        e.put("id", id);
        e.put("name", l.name());
        e.put("type", "PERSON");
        e.put("actor", l.country() + "GOV");
        e.put("role", l.title());
        e.putArray("mentions").addObject().put("text", surface).put("start", at).put("end", at + surface.length())
                .put("kind", "name");
    }

    private void writeLines(Path file, List<ObjectNode> lines) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode o : lines) {
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    private static String html(String title, String text, LocalDate published, String outlet, String id) {
        StringBuilder body = new StringBuilder();
        for (String p : text.split("\n")) {
            if (!p.isBlank()) {
                body.append("<p>").append(escape(p)).append("</p>\n");
            }
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + escape(title) + " | " + outlet + "</title>\n"
                + "<meta property=\"og:title\" content=\"" + escape(title) + "\">\n"
                + "<meta property=\"og:site_name\" content=\"" + outlet + "\">\n"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"" + published
                + "T09:30:00Z\",\"publisher\":{\"name\":\"" + outlet + "\"}}</script>\n"
                + "<link rel=\"canonical\" href=\"https://news.example/" + id + "\"></head><body>\n"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World news and more sections</a></nav></header>\n"
                + "<article><h1>" + escape(title) + "</h1>\n" + body
                + "<div class=\"share-tools\"><p>Share this story on every social network you use today</p></div>\n"
                + "</article>\n<aside class=\"related\"><p>Related: other stories you might like to read next</p></aside>\n"
                + "<footer><p>Copyright the publisher, all rights reserved worldwide</p></footer></body></html>\n";
    }

    private static String rss(List<String[]> items) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Capital Wire</title>\n");
        for (String[] i : items) {
            String date = LocalDate.parse(i[2]).atTime(8, 0).atOffset(ZoneOffset.UTC)
                    .format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
            s.append("<item><title>").append(escape(i[0])).append("</title><link>https://wire.example/").append(i[3])
                    .append("</link><guid>").append(i[3]).append("</guid><pubDate>").append(date)
                    .append("</pubDate><content:encoded><![CDATA[<p>").append(i[1].replace("\n", "</p><p>"))
                    .append("</p>]]></content:encoded></item>\n");
        }
        return s.append("</channel></rss>\n").toString();
    }

    private static String atom(List<String[]> entries) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\""
                + "http://www.w3.org/2005/Atom\"><title>Evening Ledger</title>\n");
        for (String[] e : entries) {
            s.append("<entry><title>").append(escape(e[0])).append("</title><id>urn:ledger:").append(e[3])
                    .append("</id><link href=\"https://ledger.example/").append(e[3]).append("\"/><published>")
                    .append(e[2]).append("T10:00:00Z</published><content type=\"html\">")
                    .append(escape("<p>" + e[1].replace("\n", "</p><p>") + "</p>")).append("</content></entry>\n");
        }
        return s.append("</feed>\n").toString();
    }

    private static void warc(Path file, List<String[]> pages) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, org.netpreserve.jwarc.WarcCompression.GZIP)) {
            for (String[] p : pages) {
                byte[] body = p[0].getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), body).build();
                w.write(new WarcResponse.Builder(URI.create("https://crawl.example/" + p[1]))
                        .date(java.time.Instant.parse("2025-12-01T00:00:00Z"))
                        .body(http).build());
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
