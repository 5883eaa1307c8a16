package dev.dossier.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Place names with coordinates and the country they lie in, read from {@code places.tsv}: capitals, major cities and
 * regions named in world news. Lookup ignores case, accents and a leading "the". Immutable and shared.
 */
public final class Gazetteer {

    static final String RESOURCE = "/dev/dossier/events/places.tsv";

    /**
     * One place.
     *
     * @param name    canonical name
     * @param kind    capital, city, region or country
     * @param country ISO 3166-1 alpha-3 code
     * @param lat     latitude in degrees
     * @param lon     longitude in degrees
     */
    public record Entry(String name, String kind, String country, double lat, double lon) {
    }

    private static final Set<String> KINDS = Set.of("capital", "city", "region", "country");

    private final Map<String, Entry> byName;

    private Gazetteer(Map<String, Entry> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = parse(DataLines.read(RESOURCE));
    }

    /**
     * Reads a gazetteer; every bad line is reported at once.
     *
     * @throws EventDataException listing each bad entry as file:line
     */
    static Gazetteer parse(List<DataLines.Line> lines) {
        Map<String, Entry> byName = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (DataLines.Line line : lines) {
            List<String> f = line.fields();
            if (f.size() != 5) {
                problems.add(line.where() + ": expected name, kind, country, lat, lon (tab-separated), found " + f.size()
                        + " fields");
                continue;
            }
            if (!KINDS.contains(f.get(1))) {
                problems.add(line.where() + ": kind must be one of " + KINDS + ", not '" + f.get(1) + "'");
                continue;
            }
            if (!f.get(2).matches("[A-Z]{3}")) {
                problems.add(line.where() + ": country must be an ISO 3166-1 alpha-3 code: '" + f.get(2) + "'");
                continue;
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(f.get(3));
                lon = Double.parseDouble(f.get(4));
            } catch (NumberFormatException e) {
                problems.add(line.where() + ": latitude and longitude must be numbers");
                continue;
            }
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                problems.add(line.where() + ": coordinates out of range: " + lat + ", " + lon);
                continue;
            }
            String[] names = f.get(0).split("\\|");
            Entry entry = new Entry(names[0].strip(), f.get(1), f.get(2), lat, lon);
            for (String n : names) {
                Entry before = byName.putIfAbsent(key(n), entry);
                if (before != null && before != entry) {
                    problems.add(line.where() + ": name '" + n + "' already given to " + before.name());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EventDataException(lines.isEmpty() ? RESOURCE : lines.getFirst().file(), problems);
        }
        return new Gazetteer(byName);
    }

    /** The place of that name, if the gazetteer has it. */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    public int size() {
        return byName.size();
    }

    static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
