package dev.dossier.io;

import dev.dossier.model.ActorCode;
import dev.dossier.model.GeoPlace;
import dev.dossier.places.Gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one mapping of Dossier's events onto the columns of the GDELT 2.0 event table, shared by the analysis writer
 * ({@link GdeltWriter}) and the store's export, so both write the same row for the same event.
 *
 * <p>Columns as GDELT 2.0's event codebook defines them. Where Dossier's record differs: {@code Day} is the event's
 * own date (its first day when the text gives a month or season) and {@code DATEADDED} the publication date at
 * midnight; {@code IsRootEvent} is 1 when the event is stated in the headline or the first sentence (GDELT: the lead
 * paragraph); {@code AvgTone} is 0 (Dossier does not measure tone); known-group, ethnic and religion codes are empty.
 * Geography follows GDELT: geo type 1 a country, 2 a US state, 3 a US city, 4 a world city, 5 a world region (first-
 * order division); country codes FIPS 10-4; {@code ADM1Code} the FIPS country code followed by the admin1 code
 * (GeoNames' admin1 codes, which are FIPS codes for the US and most countries); {@code FeatureID} the FIPS or ADM1
 * code for a country or region as in GDELT and the GeoNames id for a city (GDELT uses GNS/GNIS ids). An actor's
 * place is its country (geo type 1), the only place both writers know for every actor.
 */
public final class GdeltMapping {

    /** GDELT 2.0 event table column names, in order. */
    public static final List<String> COLUMNS = columns();

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "MED", "BUS", "IGO", "NGO", "OPP", "REB", "CVL",
            "JUD", "LEG", "COP", "SPY", "EDU", "HLH", "LAB", "REF", "CRM", "UAF", "IMG", "NGM", "MNC", "ELI", "INS",
            "SEP", "PTY", "AGR", "ENV", "REL", "ATH", "DEV", "HRI");

    /**
     * A place as GDELT writes it.
     *
     * @param type      1 country, 2 US state, 3 US city, 4 world city, 5 world state
     * @param fullName  "Anchorage, Alaska, United States"
     * @param country   FIPS 10-4 code, empty when FIPS has none
     * @param adm1      FIPS country code and admin1 code ("USAK"); the country code for a country
     * @param lat       latitude
     * @param lon       longitude
     * @param featureId the FIPS or ADM1 code of a country or region, the GeoNames id of a city
     */
    public record Geo(int type, String fullName, String country, String adm1, double lat, double lon,
                      String featureId) {
    }

    /**
     * One row's facts, as either writer knows them.
     *
     * @param id          GlobalEventID
     * @param day         the event's date
     * @param actor1      Actor1's code, or null
     * @param actor1Name  Actor1's name
     * @param actor2      Actor2's code, or null
     * @param actor2Name  Actor2's name
     * @param sentence    the first sentence that states the event (0 the headline), or -1 when unknown
     * @param cameo       CAMEO code
     * @param quadClass   QuadClass
     * @param goldstein   Goldstein score
     * @param mentions    NumMentions
     * @param sources     NumSources
     * @param articles    NumArticles
     * @param action      the event's place, or null
     * @param added       publication date, or null
     * @param url         SOURCEURL
     */
    public record Facts(String id, LocalDate day, String actor1, String actor1Name, String actor2, String actor2Name,
                        int sentence, String cameo, int quadClass, double goldstein, int mentions, int sources,
                        int articles, Geo action, LocalDate added, String url) {
    }

    private final Gazetteer gazetteer;

    public GdeltMapping(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static GdeltMapping standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final GdeltMapping STANDARD = new GdeltMapping(Gazetteer.standard());
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

    /** The 61 columns of one row, tabs and line breaks in values replaced by spaces. */
    public String[] row(Facts f) {
        String[] c = new String[COLUMNS.size()];
        Arrays.fill(c, "");
        c[0] = f.id();
        if (f.day() != null) {
            c[1] = f.day().format(DAY);
            c[2] = c[1].substring(0, 6);
            c[3] = c[1].substring(0, 4);
            c[4] = String.format(Locale.ROOT, "%.4f", f.day().getYear() + (f.day().getDayOfYear() - 1) / 365.0);
        }
        ActorCode a1 = actorCode(f.actor1());
        ActorCode a2 = actorCode(f.actor2());
        actor(c, 5, a1, f.actor1Name());
        actor(c, 15, a2, f.actor2Name());
        c[25] = f.sentence() >= 0 && f.sentence() <= 1 ? "1" : "0";
        c[26] = f.cameo();
        c[27] = f.cameo().length() > 3 ? f.cameo().substring(0, 3) : f.cameo();
        c[28] = f.cameo().substring(0, 2);
        c[29] = Integer.toString(f.quadClass());
        c[30] = String.format(Locale.ROOT, "%.1f", f.goldstein());
        c[31] = Integer.toString(f.mentions());
        c[32] = Integer.toString(f.sources());
        c[33] = Integer.toString(f.articles());
        c[34] = "0";
        geo(c, 35, a1 == null || !a1.hasCountry() ? null : country(a1.country()));
        geo(c, 43, a2 == null || !a2.hasCountry() ? null : country(a2.country()));
        geo(c, 51, f.action());
        c[59] = f.added() == null ? "" : f.added().format(DAY) + "000000";
        c[60] = f.url() == null ? "" : f.url();
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return c;
    }

    /** A code as a CAMEO actor code: a country and roles, or roles alone ("MED", "IGOUNO"); null when empty. */
    static ActorCode actorCode(String code) {
        if (code == null || code.isEmpty() || code.length() % 3 != 0 || !code.matches("[A-Z]+")) {
            return null;
        }
        return ROLES.contains(code.substring(0, 3)) ? ActorCode.rolesOnly(code) : ActorCode.parse(code);
    }

    private static void actor(String[] c, int at, ActorCode code, String name) {
        c[at + 1] = name == null ? "" : name.toUpperCase(Locale.ROOT);
        if (code == null) {
            return;
        }
        c[at] = code.toString();
        c[at + 2] = code.country();
        String roles = code.roles();
        for (int i = 0; i < 3 && roles.length() >= 3 * (i + 1); i++) {
            c[at + 7 + i] = roles.substring(3 * i, 3 * i + 3);
        }
    }

    private static void geo(String[] c, int at, Geo g) {
        if (g == null) {
            return;
        }
        c[at] = Integer.toString(g.type());
        c[at + 1] = g.fullName();
        c[at + 2] = g.country();
        c[at + 3] = g.adm1();
        c[at + 5] = String.format(Locale.ROOT, "%.4f", g.lat());
        c[at + 6] = String.format(Locale.ROOT, "%.4f", g.lon());
        c[at + 7] = g.featureId();
    }

    /** A country as a GDELT place (type 1), if the gazetteer has it. */
    public Geo country(String iso3) {
        return gazetteer.country(iso3).map(this::geo).orElse(null);
    }

    /** A gazetteer place as GDELT writes it; null for a continent, which GDELT does not geocode. */
    public Geo geo(GeoPlace p) {
        if (p == null || p.country() == null) {
            return null;
        }
        String fips = gazetteer.fips(p.country()).orElse("");
        GeoPlace country = gazetteer.country(p.country()).orElse(null);
        String countryName = country == null ? "" : country.name();
        if (p.isCountry()) {
            return new Geo(1, p.name(), fips, fips, p.lat(), p.lon(), fips);
        }
        boolean us = p.country().equals("USA");
        String adm1 = p.admin1() == null ? fips : fips + p.admin1();
        if (!p.isSettlement()) {
            return new Geo(us ? 2 : 5, p.name() + ", " + countryName, fips, adm1, p.lat(), p.lon(), adm1);
        }
        String region = gazetteer.region(p.country(), p.admin1()).map(r -> r.name() + ", ").orElse("");
        return new Geo(us ? 3 : 4, p.name() + ", " + region + countryName, fips, adm1, p.lat(), p.lon(),
                p.geonameId() == 0 ? adm1 : Long.toString(p.geonameId()));
    }

    /**
     * A place known by name, country and point (as the store keeps it) as GDELT writes it: the gazetteer's place of
     * that name in that country nearest the point; a bare point with the country's code (type 4) when the gazetteer
     * has no such place; null with no point.
     */
    public Geo geo(String name, String iso3, Double lat, Double lon) {
        if (name == null || name.isEmpty() || lat == null || lon == null || lat.isNaN() || lon.isNaN()) {
            return null;
        }
        GeoPlace best = null;
        double bestDistance = 50;
        for (GeoPlace p : gazetteer.candidates(name)) {
            double d = Math.abs(p.lat() - lat) + Math.abs(p.lon() - lon);
            if ((iso3 == null || iso3.equals(p.country())) && d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance < 0.05) {
            Geo g = geo(best);
            return new Geo(g.type(), g.fullName(), g.country(), g.adm1(), lat, lon, g.featureId());
        }
        String fips = gazetteer.fips(iso3).orElse("");
        return new Geo("USA".equals(iso3) ? 3 : 4, name, fips, fips, lat, lon, "");
    }
}
