package dev.dossier.reference;

import dev.dossier.model.ActorCode;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dated actor base ({@code actors.tsv}, derived from PETRARCH-2's Phoenix dictionaries by
 * {@code tools/petrarch-actors/PetrarchActors.java}): about 26,000 countries, people, organisations and armed groups
 * with their name variants and codes, each code valid over a range of dates ("Angela Merkel" is {@code DEUGOV} from
 * 2005-11-22, {@code DEUELI} otherwise).
 *
 * <p>Names are looked up whole, in one hash lookup per name, after folding case, accents, dots and hyphens
 * ("Ukhnaagiin Khürelsükh" is "ukhnaagiin khurelsukh"); a name is never matched inside a longer one. The tables are
 * read once per process ({@link #standard()}) and are immutable.
 *
 * <p>Dates: a code applies only within its range against the article's publication date; a code with no range is
 * the default when no range covers the date. The dictionaries were compiled on {@link #HORIZON}: an open range
 * ("from 2005") is only known to hold until then, so after it such a range gives the country but no role (a
 * minister of 2013 may be out of office in 2020). With no date at all, a name gets its code only when that code holds
 * at all times (one code, no range), else only the country its codes share. A name that several entries code with different countries on the date
 * gets nothing: the base does not guess between namesakes.
 */
public final class ActorBase {

    /** The day the Phoenix dictionaries were generated (CountryInfo.140130). */
    public static final LocalDate HORIZON = LocalDate.of(2014, 1, 30);

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A code valid from {@code from} to {@code to}, both included; null ends are open.
     *
     * @param code the actor code
     * @param from first day, or null
     * @param to   last day, or null
     */
    public record DatedCode(ActorCode code, LocalDate from, LocalDate to) {

        boolean undated() {
            return from == null && to == null;
        }

        boolean covers(LocalDate day) {
            return !undated() && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * One actor of the base.
     *
     * @param name   the primary name
     * @param names  every name, the first being {@code name}
     * @param codes  dated codes in file order
     * @param source the dictionary file it came from
     */
    public record Entry(String name, List<String> names, List<DatedCode> codes, String source) {

        public Entry {
            names = List.copyOf(names);
            codes = List.copyOf(codes);
        }

        /** The code on a day (null: not known), under the rules of {@link ActorBase}. */
        public Optional<ActorCode> codeOn(LocalDate day) {
            if (day == null) {
                Set<ActorCode> all = new LinkedHashSet<>();
                codes.forEach(c -> all.add(c.code()));
                if (all.size() == 1 && codes.stream().allMatch(DatedCode::undated)) {
                    return Optional.of(all.iterator().next());
                }
                return sharedCountry(all);
            }
            for (DatedCode c : codes) {
                if (c.covers(day)) {
                    boolean beyond = c.to() == null && day.isAfter(HORIZON);
                    return beyond ? countryOnly(c.code()) : Optional.of(c.code());
                }
            }
            return codes.stream().filter(DatedCode::undated).findFirst().map(DatedCode::code);
        }
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byKey = new HashMap<>();

    private ActorBase(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            for (String n : e.names()) {
                List<Entry> list = byKey.computeIfAbsent(key(n), k -> new ArrayList<>(1));
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
    }

    /**
     * Reads {@code actors.tsv}: name, other names, codes ({@code RUSGOV}, {@code RUSGOV 2000-05-07..}, {@code ~NGO}
     * for roles with no country), source.
     */
    public static ActorBase load(TsvTable table) {
        List<Entry> entries = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            List<DatedCode> codes = new ArrayList<>();
            for (String cell : row.list(2)) {
                codes.add(dated(row, cell));
            }
            if (codes.isEmpty()) {
                throw row.error("an actor needs at least one code");
            }
            List<String> names = new ArrayList<>();
            names.add(row.get(0).trim());
            names.addAll(row.list(1));
            entries.add(new Entry(names.getFirst(), names, codes, row.get(3).trim()));
        }
        return new ActorBase(entries);
    }

    private static DatedCode dated(TsvTable.Row row, String cell) {
        String[] parts = cell.trim().split(" ", 2);
        try {
            ActorCode code = parts[0].startsWith("~") ? ActorCode.rolesOnly(parts[0].substring(1))
                    : ActorCode.parse(parts[0]);
            if (parts.length == 1) {
                return new DatedCode(code, null, null);
            }
            int dots = parts[1].indexOf("..");
            if (dots < 0) {
                throw row.error("date range '" + parts[1] + "' must read FROM..TO, FROM.. or ..TO");
            }
            String from = parts[1].substring(0, dots).trim();
            String to = parts[1].substring(dots + 2).trim();
            LocalDate f = from.isEmpty() ? null : LocalDate.parse(from);
            LocalDate t = to.isEmpty() ? null : LocalDate.parse(to);
            if (f != null && t != null && t.isBefore(f)) {
                throw row.error("date range '" + parts[1] + "' ends before it begins");
            }
            return new DatedCode(code, f, t);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw row.error("bad code or date in '" + cell + "' (" + e.getMessage() + ")");
        }
    }

    public static ActorBase standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ActorBase STANDARD = load(TsvTable.resource(ActorBase.class, "actors.tsv", 4));
    }

    /** Every entry under a name, in file order; empty when none. */
    public List<Entry> entries(String name) {
        return byKey.getOrDefault(key(name), List.of());
    }

    /**
     * The code a name stands for on a day (null: unknown): the one code its entries agree on, or the country they
     * share; nothing when entries under the name disagree on the country.
     */
    public Optional<ActorCode> codeOn(String name, LocalDate day) {
        Set<ActorCode> codes = new LinkedHashSet<>();
        for (Entry e : entries(name)) {
            e.codeOn(day).ifPresent(codes::add);
        }
        if (codes.size() <= 1) {
            return codes.stream().findFirst();
        }
        return sharedCountry(codes);
    }

    public int size() {
        return entries.size();
    }

    private static Optional<ActorCode> sharedCountry(Set<ActorCode> codes) {
        Set<String> countries = new LinkedHashSet<>();
        codes.forEach(c -> countries.add(c.country()));
        if (countries.size() != 1 || countries.iterator().next().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ActorCode.country(countries.iterator().next()));
    }

    private static Optional<ActorCode> countryOnly(ActorCode c) {
        return c.hasCountry() ? Optional.of(ActorCode.country(c.country())) : Optional.empty();
    }

    /** The folded form names are compared in: lower case, no accents, dots, hyphens or extra spaces. */
    public static String key(String name) {
        String s = name.chars().allMatch(c -> c < 0x80) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "").replace('-', ' ').replace('_', ' ');
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }
}
