package dev.dossier.io;

import dev.dossier.events.Gazetteer;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.Place;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes events as rows of the GDELT 2.0 event table (61 tab-separated columns in GDELT's order), for users whose
 * tools already load GDELT. An event with several targets gives one row per target.
 *
 * <p>Where Dossier's record differs from GDELT's: {@code Day} is the event's own date (its first day when the text
 * gives a month or season) and {@code DATEADDED} the publication date at midnight; the mention and source counts are
 * 1 (one article); {@code AvgTone} is 0 (Dossier does not measure tone); geographic country codes are ISO 3166-1
 * alpha-3 rather than FIPS 10-4; actor locations are left empty and only the action's place is given; the event ID is
 * derived from the article id and the event's position, stable across runs.
 */
public final class GdeltWriter {

    /** GDELT 2.0 event table column names, in order. */
    public static final List<String> COLUMNS = columns();

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Gazetteer gazetteer;

    public GdeltWriter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public GdeltWriter() {
        this(Gazetteer.standard());
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String a : new String[] {"Actor1", "Actor2"}) {
            for (String f : new String[] {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : new String[] {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
            for (String f : new String[] {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID"}) {
                c.add(g + f);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    /** The header line (GDELT's files have none; for tools that want one). */
    public String header() {
        return String.join("\t", COLUMNS);
    }

    /** The rows of one document's events, each a tab-separated line without its line end. */
    public List<String> rows(Document doc) {
        List<String> out = new ArrayList<>();
        List<Event> events = doc.events();
        long base = (doc.id().hashCode() & 0x7fffffffL) * 10_000L;
        int n = 0;
        for (Event e : events) {
            List<EventActor> targets = e.targets().isEmpty() ? java.util.Collections.singletonList(null) : e.targets();
            for (EventActor target : targets) {
                out.add(row(doc, e, target, base + n++));
            }
        }
        return out;
    }

    private String row(Document doc, Event e, EventActor target, long id) {
        List<String> f = new ArrayList<>(COLUMNS.size());
        LocalDate published = doc.article().published();
        LocalDate day = e.when() != null && e.when().startDay().isPresent() ? e.when().startDay().get() : published;
        f.add(Long.toString(id));
        f.add(day == null ? "" : day.format(DAY));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        f.add(day == null ? "" : Integer.toString(day.getYear()));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        actor(doc, e.source(), f);
        actor(doc, target, f);
        f.add(e.sentence() <= 1 ? "1" : "0");
        f.add(e.cameo());
        f.add(e.cameo().length() >= 3 ? e.cameo().substring(0, 3) : e.cameo());
        f.add(e.cameoRoot());
        f.add(Integer.toString(e.quadClass()));
        f.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
        f.add("1");
        f.add("1");
        f.add("1");
        f.add("0");
        for (int i = 0; i < 16; i++) {
            f.add("");
        }
        geo(e.where(), f);
        f.add(published == null ? "" : published.format(DAY) + "000000");
        f.add(doc.article().url() != null ? doc.article().url() : doc.id());
        return String.join("\t", f.stream().map(GdeltWriter::clean).toList());
    }

    private static void actor(Document doc, EventActor a, List<String> f) {
        ActorCode code = a == null ? null : a.code();
        String name = a == null || a.entityId() == null ? "" : doc.entity(a.entityId()).map(Entity::name)
                .orElse(a.mention() == null ? "" : a.mention().text());
        f.add(code == null ? "" : code.toString());
        f.add(name.toUpperCase(Locale.ROOT));
        f.add(code == null ? "" : code.country());
        f.add("");
        f.add("");
        f.add("");
        f.add("");
        String roles = code == null ? "" : code.roles();
        for (int i = 0; i < 3; i++) {
            f.add(roles.length() >= 3 * (i + 1) ? roles.substring(3 * i, 3 * i + 3) : "");
        }
    }

    private void geo(Place p, List<String> f) {
        if (p == null) {
            for (int i = 0; i < 8; i++) {
                f.add("");
            }
            return;
        }
        String kind = gazetteer.find(p.name()).map(Gazetteer.Entry::kind).orElse("");
        boolean us = "USA".equals(p.country());
        int type = switch (kind) {
            case "country" -> 1;
            case "region" -> us ? 2 : 5;
            case "city", "capital" -> us ? 3 : 4;
            default -> 0;
        };
        f.add(type == 0 ? "" : Integer.toString(type));
        f.add(p.name());
        f.add(p.country() == null ? "" : p.country());
        f.add("");
        f.add("");
        f.add(p.isGeocoded() ? String.format(Locale.ROOT, "%.4f", p.lat()) : "");
        f.add(p.isGeocoded() ? String.format(Locale.ROOT, "%.4f", p.lon()) : "");
        f.add("");
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
