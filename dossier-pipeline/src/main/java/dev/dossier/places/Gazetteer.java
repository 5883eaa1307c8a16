package dev.dossier.places;

import dev.dossier.model.GeoPlace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The places Dossier resolves names to: GeoNames' populated places of at least 15,000 people and every capital and
 * administrative seat, the admin1 regions, the countries (with their FIPS 10-4 codes) and the continents, read from
 * {@code geonames.tsv.gz} (written by {@code tools/geonames/build.sh}). Lookup by name or ASCII alternate name
 * ignores case, accents and a leading "the". Immutable and shared; {@link #standard()} loads once.
 */
public final class Gazetteer {

    static final String RESOURCE = "/dev/dossier/places/geonames.tsv.gz";

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final GeoPlace[] NONE = new GeoPlace[0];

    private final Map<String, GeoPlace[]> byName;
    private final Map<String, GeoPlace> countries;
    private final Map<String, String> fips;
    private final Map<String, GeoPlace> regions;
    private final int size;
    private final String digest;

    private Gazetteer(Map<String, GeoPlace[]> byName, Map<String, GeoPlace> countries, Map<String, String> fips,
                      Map<String, GeoPlace> regions, int size, String digest) {
        this.byName = byName;
        this.countries = countries;
        this.fips = fips;
        this.regions = regions;
        this.size = size;
        this.digest = digest;
    }

    /** The gazetteer of Dossier's GeoNames table. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    private static Gazetteer load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The gazetteer " + RESOURCE + " is missing from the classpath; rebuild "
                    + "Dossier (or write it again with tools/geonames/build.sh)");
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        try (InputStream gz = new GZIPInputStream(new DigestInputStream(in, sha), 1 << 16)) {
            Gazetteer g = read(gz, RESOURCE);
            gz.transferTo(OutputStream.nullOutputStream());
            return new Gazetteer(g.byName, g.countries, g.fips, g.regions, g.size,
                    HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer " + RESOURCE, e);
        }
    }

    /**
     * Reads a table in the format {@code tools/geonames/GeoNamesTable.java} writes: ten tab-separated columns
     * (GeoNames id, name, lat, lon, feature code, ISO alpha-3 country, admin1 code, population, FIPS code of a
     * country, alternate names separated by "|").
     *
     * @param source the table's name for error messages
     * @throws IllegalArgumentException naming {@code source}, the line and the problem, at the first bad line
     */
    public static Gazetteer read(InputStream in, String source) throws IOException {
        Map<String, List<GeoPlace>> byName = new HashMap<>(1 << 18);
        Map<String, GeoPlace> countries = new HashMap<>();
        Map<String, String> fips = new HashMap<>();
        Map<String, GeoPlace> regions = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int n = 0;
        int size = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new IllegalArgumentException(source + ":" + n + ": expected 10 tab-separated columns (id, name, "
                        + "lat, lon, feature code, country, admin1, population, FIPS, alternate names), found " + f.length);
            }
            GeoPlace p;
            try {
                p = new GeoPlace(f[1], Long.parseLong(f[0]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        interned.computeIfAbsent(f[5], k -> k), interned.computeIfAbsent(f[6], k -> k),
                        interned.computeIfAbsent(f[4], k -> k), Long.parseLong(f[7]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
            }
            if (p.country() != null && !ISO3.matcher(p.country()).matches()) {
                throw new IllegalArgumentException(source + ":" + n + ": country must be an ISO 3166-1 alpha-3 code: '"
                        + f[5] + "'");
            }
            size++;
            add(byName, p.name(), p);
            if (!f[9].isEmpty()) {
                for (String alternate : f[9].split("\\|")) {
                    add(byName, alternate, p);
                }
            }
            if (p.isCountry()) {
                countries.put(p.country(), p);
                if (!f[8].isEmpty()) {
                    fips.put(p.country(), f[8]);
                }
            } else if (p.isRegion()) {
                regions.put(p.country() + "." + p.admin1(), p);
            }
        }
        if (size == 0) {
            throw new IllegalArgumentException(source + ": no places");
        }
        Map<String, GeoPlace[]> compact = new HashMap<>(byName.size() * 4 / 3 + 1);
        byName.forEach((k, v) -> compact.put(k, v.toArray(NONE)));
        return new Gazetteer(compact, countries, fips, regions, size, "");
    }

    private static void add(Map<String, List<GeoPlace>> byName, String name, GeoPlace p) {
        List<GeoPlace> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    /** Every place of that name or alternate name, in table order. */
    public List<GeoPlace> candidates(String name) {
        GeoPlace[] found = byName.get(key(name));
        return found == null ? List.of() : Arrays.asList(found);
    }

    /**
     * The place a name most likely means with no context: among its countries, regions, capitals, seats and towns of
     * 100,000 people or more, the first by {@link PlaceRanking}'s own weight of a place. Continents are left out.
     */
    public Optional<GeoPlace> mostLikely(String name) {
        List<GeoPlace> candidates = candidates(name);
        PlaceRanking.Toponym toponym = new PlaceRanking.Toponym(name, candidates, PlaceRanking.Hints.none());
        GeoPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GeoPlace c : candidates) {
            boolean prominent = c.population() >= 100_000 || switch (c.featureCode()) {
                case "PCLI", "ADM1", "PPLC", "PPLA", "PPLG" -> true;
                default -> false;
            };
            double score = PlaceRanking.prior(c, toponym);
            if (prominent && c.country() != null && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The country of an ISO 3166-1 alpha-3 code, as a place. */
    public Optional<GeoPlace> country(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
    }

    /** The FIPS 10-4 code of a country, if it has one. */
    public Optional<String> fips(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : fips.get(iso3));
    }

    /** The first-order region of a country by its GeoNames admin1 code. */
    public Optional<GeoPlace> region(String iso3, String admin1) {
        return Optional.ofNullable(iso3 == null || admin1 == null ? null : regions.get(iso3 + "." + admin1));
    }

    /** A SHA-256 prefix of the table file, for provenance; empty for a table read from a stream. */
    public String digest() {
        return digest;
    }

    /** The number of places (not names). */
    public int size() {
        return size;
    }

    /** A name as looked up: no accents, lower case, straight apostrophes, no leading "the". */
    public static String key(String name) {
        String s = name.strip();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
        }
        s = s.toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
