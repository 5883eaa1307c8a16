package dev.dossier.eval;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.GeoPlace;
import dev.dossier.model.Span;
import dev.dossier.pipeline.Pipeline;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores place resolution on GeoVirus ({@code gold/geo/GeoVirus.xml}: news articles with their place names'
 * character spans and coordinates), as the geoparsing field reports it. A gold place name is <em>found</em> when a
 * place entity with a resolved place has a mention overlapping it, and <em>right</em> when that place lies within
 * 161 km (100 miles) of the gold point. Rows: {@code geo.found} (recall: the share of gold names found) and
 * {@code geo.acc161} (recall: the share of found names that are right, accuracy at 161 km); the mean error in km
 * over the found names is a note, as are the misses and the names not found.
 */
public final class GeoEvaluation implements Evaluation {

    static final double KM = 161;
    private static final double EARTH_KM = 6371.0088;

    /**
     * One gold place name.
     *
     * @param span where it is written
     * @param name as written
     * @param lat  gold latitude
     * @param lon  gold longitude
     */
    record Toponym(Span span, String name, double lat, double lon) {
    }

    /**
     * One gold article.
     *
     * @param id        its position in the file ("geovirus-12")
     * @param text      its text
     * @param toponyms  its place names
     */
    record GoldArticle(String id, String text, List<Toponym> toponyms) {
    }

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        Path file = Files.isDirectory(gold) ? gold.resolve("GeoVirus.xml") : gold;
        List<GoldArticle> articles = read(file);
        int total = 0;
        int found = 0;
        int right = 0;
        double errorSum = 0;
        List<String> misses = new ArrayList<>();
        List<String> unfound = new ArrayList<>();
        for (GoldArticle a : articles) {
            Document doc = pipeline.annotate(Document.of(new Article(a.id(), "", a.text(), null, null, null, "en")));
            for (Toponym t : a.toponyms()) {
                total++;
                GeoPlace p = placeAt(doc, t.span());
                if (p == null) {
                    unfound.add(a.id() + " '" + t.name() + "' not found");
                    continue;
                }
                found++;
                double km = distanceKm(t.lat(), t.lon(), p.lat(), p.lon());
                errorSum += km;
                if (km <= KM) {
                    right++;
                } else {
                    misses.add(String.format(Locale.ROOT, "%s '%s' resolved to %s (%s %s, %.2f %.2f): %.0f km off",
                            a.id(), t.name(), p.name(), p.country(), p.featureCode(), p.lat(), p.lon(), km));
                }
            }
        }
        ScoreTable.Builder table = new ScoreTable.Builder("GeoVirus: " + total + " place names in " + articles.size()
                + " articles of " + file);
        table.add("geo.found", new Score(found, found, found, total));
        table.add("geo.acc161", new Score(right, found, right, found));
        table.note(String.format(Locale.ROOT, "found %d of %d place names (%.3f); within %.0f km: %d (%.3f of found);"
                        + " mean error %.0f km over found", found, total, total == 0 ? 0 : (double) found / total, KM,
                right, found == 0 ? 0 : (double) right / found, found == 0 ? 0 : errorSum / found));
        misses.forEach(table::note);
        unfound.forEach(table::note);
        return table.build();
    }

    /** The resolved place of the place entity mentioned at (overlapping) {@code span}, preferring the closest span. */
    static GeoPlace placeAt(Document doc, Span span) {
        GeoPlace best = null;
        int bestDiff = Integer.MAX_VALUE;
        for (Entity e : doc.entities()) {
            if (e.place() == null) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                int diff = Math.abs(m.span().length() - span.length());
                if (m.span().overlaps(span) && diff < bestDiff) {
                    best = e.place();
                    bestDiff = diff;
                }
            }
        }
        return best;
    }

    /** Great-circle distance (haversine). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Reads GeoVirus' XML: {@code <article>} with {@code <text>} and {@code <location>}s (name, start, end, lat, lon). */
    static List<GoldArticle> read(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = f.newDocumentBuilder().parse(file.toFile());
            NodeList articles = xml.getElementsByTagName("article");
            List<GoldArticle> out = new ArrayList<>();
            for (int i = 0; i < articles.getLength(); i++) {
                Element a = (Element) articles.item(i);
                String text = child(a, "text");
                List<Toponym> toponyms = new ArrayList<>();
                NodeList locations = a.getElementsByTagName("location");
                for (int j = 0; j < locations.getLength(); j++) {
                    Element l = (Element) locations.item(j);
                    int start = Integer.parseInt(child(l, "start").strip());
                    int end = Integer.parseInt(child(l, "end").strip());
                    if (start < 0 || end > text.length() || start >= end) {
                        throw new IllegalArgumentException(file + ": article " + (i + 1) + ", location '"
                                + child(l, "name") + "': span " + start + "-" + end + " lies outside its text of "
                                + text.length() + " characters");
                    }
                    toponyms.add(new Toponym(new Span(start, end), child(l, "name"),
                            Double.parseDouble(child(l, "lat").strip()), Double.parseDouble(child(l, "lon").strip())));
                }
                out.add(new GoldArticle("geovirus-" + (i + 1), text, toponyms));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(file + ": no <article> elements; is it GeoVirus.xml?");
            }
            return out;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
            throw new IllegalArgumentException("Cannot read GeoVirus gold " + file + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        if (nodes.getLength() == 0) {
            throw new IllegalArgumentException("<" + parent.getTagName() + "> has no <" + tag + ">");
        }
        return nodes.item(0).getTextContent();
    }
}
