import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives Dossier's dated actor base ({@code actors.tsv}) and agent table ({@code agents.tsv}) from the Phoenix
 * actor and agent dictionaries of PETRARCH-2 (MIT licence, Open Event Data Alliance).
 *
 * <p>Run by hand from the repository root, with a JDK only:
 * <pre>
 * java tools/petrarch-actors/PetrarchActors.java ../shared/reference/petrarch2 \
 *     dossier-pipeline/src/main/resources/dev/dossier/reference
 * </pre>
 *
 * <p>What it does with the TABARI/PETRARCH syntax ({@code dictionaries.rst}):
 * <ul>
 *   <li>a record is a primary phrase, its {@code +} synonyms and the {@code [CODE]}, {@code [CODE >date]},
 *       {@code [CODE <date]} and {@code [CODE date-date]} restrictions on the same or following tab-indented lines;
 *       every name of a record shares its codes;</li>
 *   <li>phrases lose their underscores, a parenthesised abbreviation ("(AAIA)") and PETRARCH's trailing
 *       {@code _}; names are written in title case, since matching is case-insensitive;</li>
 *   <li>dates of six digits have two-digit years (00-29 are 20xx, 30-99 19xx);</li>
 *   <li>codes are rewritten in the NGEC convention: {@code IGOUNO...} is {@code UNO}, {@code IGOEUR...} and
 *       {@code IGOEU...} are {@code EUR}, {@code MNC} and {@code NGO} become a role after the country
 *       ({@code MNCUSA} is {@code USABUS}), {@code KSV} is Kosovo's {@code XKX}; roles outside CAMEO's role codes
 *       (sub-codes such as {@code WBK} for the World Bank) are dropped, and codes with no known country and no role
 *       are dropped with a count;</li>
 *   <li>agents: the phrase in lower case with its CAMEO role code; {@code !PERSON!}-style markers are expanded
 *       (singular forms only: the matcher reads lemmas); a word naming a polity ("kingdom") is no role and is
 *       dropped.</li>
 * </ul>
 * A name that two records code with different countries is kept in both: the loader refuses to guess between them.
 */
public final class PetrarchActors {

    private static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
            "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "REF", "AGR", "ELI", "HLH", "HRI", "NGO", "IGO", "UAF", "PRM",
            "SEP", "REL", "ENV", "DEV", "RAD", "MOD", "INS", "NGM", "IMG", "MUS", "CHR", "JEW", "BUD", "HIN", "SOC",
            "PRE", "AMN");
    private static final Map<String, String> COUNTRY_REWRITES = Map.of("KSV", "XKX", "TMP", "TLS", "ROM", "ROU",
            "ZAR", "COD");
    private static final Set<String> BLOCS = Set.of("UNO", "EUR", "IGO", "AFR", "ASA", "EEU", "LAM", "MEA", "NAF",
            "SAF", "SAS", "SEA", "WAF", "EAF", "CAS", "WEU");
    /** Agent words that name a polity, not a role ("the Hermit Kingdom" is a country, not a government role). */
    private static final Set<String> POLITIES = Set.of("kingdom", "republic", "emirate", "sultanate",
            "principality", "federation", "commonwealth");
    private static final Pattern RESTRICTION = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");

    private record Dated(String code, String from, String to) {
        String cell() {
            if (from.isEmpty() && to.isEmpty()) {
                return code;
            }
            return code + " " + from + ".." + to;
        }
    }

    private static final class Record {
        final List<String> names = new ArrayList<>();
        final List<Dated> codes = new ArrayList<>();
        final String source;

        Record(String source) {
            this.source = source;
        }
    }

    private final Set<String> countries;
    private final Map<String, Integer> dropped = new TreeMap<>();

    private PetrarchActors(Set<String> countries) {
        this.countries = countries;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java tools/petrarch-actors/PetrarchActors.java PETRARCH2_DIR REFERENCE_DIR\n"
                    + "  PETRARCH2_DIR  folder with the Phoenix.*.actors.txt and Phoenix.agents.txt files\n"
                    + "  REFERENCE_DIR  dossier-pipeline/src/main/resources/dev/dossier/reference (reads countries.tsv,"
                    + " writes actors.tsv and agents.tsv)");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (String f : ACTOR_FILES) {
            require(in.resolve(f));
        }
        require(in.resolve("Phoenix.agents.txt"));
        require(out.resolve("countries.tsv"));
        Set<String> iso = new LinkedHashSet<>();
        for (String line : Files.readAllLines(out.resolve("countries.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                iso.add(line.split("\t", -1)[0].trim());
            }
        }
        PetrarchActors p = new PetrarchActors(iso);
        List<Record> records = new ArrayList<>();
        for (String f : ACTOR_FILES) {
            records.addAll(p.readActors(in.resolve(f)));
        }
        int rows = p.writeActors(records, out.resolve("actors.tsv"));
        int agents = p.writeAgents(in.resolve("Phoenix.agents.txt"), out.resolve("agents.tsv"));
        System.out.println("actors.tsv: " + rows + " actors; agents.tsv: " + agents + " agent phrases");
        p.dropped.forEach((why, n) -> System.out.println("  dropped " + n + ": " + why));
    }

    private static void require(Path file) {
        if (!Files.isRegularFile(file)) {
            System.err.println("Missing input " + file + ": point the first argument at PETRARCH-2's dictionary"
                    + " folder and the second at the reference resources folder");
            System.exit(1);
        }
    }

    private void drop(String why) {
        dropped.merge(why, 1, Integer::sum);
    }

    List<Record> readActors(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        Record current = null;
        boolean inDates = false;
        for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            String body = line.strip();
            if (indented && body.startsWith("[")) {
                if (current != null) {
                    addCodes(current, body);
                }
                inDates = true;
                continue;
            }
            if (body.startsWith("+") && current != null && !inDates) {
                addName(current, body.substring(1));
                continue;
            }
            if (body.startsWith("+")) {
                drop("synonym after a record's dates");
                continue;
            }
            current = new Record(file.getFileName().toString());
            out.add(current);
            inDates = false;
            addName(current, body);
        }
        out.removeIf(r -> r.names.isEmpty() || r.codes.isEmpty());
        return out;
    }

    private void addName(Record r, String text) {
        int bracket = text.indexOf('[');
        String phrase = bracket >= 0 ? text.substring(0, bracket) : text;
        if (bracket >= 0) {
            addCodes(r, text.substring(bracket));
        }
        String name = name(phrase);
        if (name.isEmpty()) {
            drop("empty or unreadable name");
        } else if (!r.names.contains(name)) {
            r.names.add(name);
        }
    }

    private void addCodes(Record r, String text) {
        Matcher m = RESTRICTION.matcher(text);
        while (m.find()) {
            String[] parts = m.group(1).trim().split("\\s+", 2);
            String code = code(parts[0]);
            if (code == null) {
                continue;
            }
            String restriction = parts.length > 1 ? parts[1].replace(" ", "") : "";
            try {
                if (restriction.isEmpty()) {
                    r.codes.add(new Dated(code, "", ""));
                } else if (restriction.startsWith(">")) {
                    r.codes.add(new Dated(code, date(restriction.substring(1)), ""));
                } else if (restriction.startsWith("<")) {
                    r.codes.add(new Dated(code, "", date(restriction.substring(1))));
                } else {
                    String[] ends = restriction.split("-");
                    if (ends.length != 2) {
                        throw new DateTimeParseException("not date-date", restriction, 0);
                    }
                    String from = date(ends[0]);
                    String to = date(ends[1]);
                    if (to.compareTo(from) < 0) {
                        throw new DateTimeParseException("ends before it begins", restriction, 0);
                    }
                    r.codes.add(new Dated(code, from, to));
                }
            } catch (DateTimeParseException e) {
                drop("unreadable date restriction");
            }
        }
    }

    /** The code in the NGEC convention, or null when it says nothing we can use. */
    String code(String raw) {
        String c = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        if (c.length() < 3 || c.length() % 3 != 0) {
            drop("code not made of three-letter parts");
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.length(); i += 3) {
            parts.add(c.substring(i, i + 3));
        }
        String country = "";
        List<String> roles = new ArrayList<>();
        String first = COUNTRY_REWRITES.getOrDefault(parts.get(0), parts.get(0));
        int rest = 1;
        if (first.equals("IGO") && parts.size() > 1 && (parts.get(1).equals("UNO") || parts.get(1).equals("EUR"))) {
            country = parts.get(1);
            rest = 2;
        } else if (first.equals("MNC") || first.equals("NGO")) {
            roles.add(first.equals("MNC") ? "BUS" : "NGO");
            if (parts.size() > 1 && countries.contains(COUNTRY_REWRITES.getOrDefault(parts.get(1), parts.get(1)))) {
                country = COUNTRY_REWRITES.getOrDefault(parts.get(1), parts.get(1));
                rest = 2;
            }
        } else if (countries.contains(first) || BLOCS.contains(first)) {
            country = first;
        } else if (ROLES.contains(first)) {
            roles.add(first);
        } else {
            drop("code with an unknown country (" + first + ")");
            return null;
        }
        for (String p : parts.subList(rest, parts.size())) {
            if (ROLES.contains(p) && !roles.contains(p)) {
                roles.add(p);
            }
        }
        if (country.isEmpty() && roles.isEmpty()) {
            return null;
        }
        return (country.isEmpty() ? "~" : country) + String.join("", roles);
    }

    static String date(String raw) {
        if (!DATE.matcher(raw).matches()) {
            throw new DateTimeParseException("not a date", raw, 0);
        }
        String full = raw;
        if (raw.length() == 6) {
            int yy = Integer.parseInt(raw.substring(0, 2));
            full = (yy < 30 ? "20" : "19") + raw;
        }
        String iso = full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8);
        if (iso.endsWith("-00-00")) {
            iso = iso.substring(0, 5) + "01-01";
        } else if (iso.endsWith("-00")) {
            iso = iso.substring(0, 8) + "01";
        }
        LocalDate.parse(iso);
        return iso;
    }

    private static String stripComment(String line) {
        int cut = line.length();
        for (char c : new char[] {'#', ';'}) {
            int i = line.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return line.substring(0, cut);
    }

    /** "ANGELA_MERKEL_" is "Angela Merkel"; "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" is "Aden Abyan Islamic Army". */
    static String name(String phrase) {
        String p = phrase.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replace('+', ' ').strip()
                .replaceAll("\\s+", " ");
        if (p.isEmpty() || !p.chars().anyMatch(Character::isLetter) || p.contains("!") || p.contains("{")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char ch : p.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-' || ch == '/';
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    int writeActors(List<Record> records, Path file) throws IOException {
        Map<String, Record> merged = new LinkedHashMap<>();
        for (Record r : records) {
            String key = r.names.get(0).toLowerCase(Locale.ROOT) + "\t"
                    + String.join("|", r.codes.stream().map(Dated::cell).toList());
            Record m = merged.get(key);
            if (m == null) {
                merged.put(key, r);
            } else {
                r.names.stream().filter(n -> !m.names.contains(n)).forEach(m.names::add);
                drop("duplicate record merged");
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("# Actors with name variants and dated codes, derived by tools/petrarch-actors/PetrarchActors.java");
            w.println("# from PETRARCH-2's Phoenix actor dictionaries (MIT, Open Event Data Alliance; see NOTICE.md).");
            w.println("# Do not edit by hand: change the converter or the hand-written tables (leaders.tsv and");
            w.println("# institutions.tsv win over this one), then regenerate.");
            w.println("# codes: CODE (always), CODE FROM..TO, CODE FROM.. (open), CODE ..TO; ISO dates, ends included;");
            w.println("# ~ROLES for roles with no country (~NGO).");
            w.println("# name\tother names\tcodes\tsource");
            for (Record r : merged.values()) {
                String others = r.names.size() > 1 ? String.join("|", r.names.subList(1, r.names.size())) : "-";
                w.println(r.names.get(0) + "\t" + others + "\t"
                        + String.join("|", r.codes.stream().map(Dated::cell).toList()) + "\t" + r.source);
            }
        }
        return merged.size();
    }

    int writeAgents(Path in, Path file) throws IOException {
        Map<String, List<String>> markers = new HashMap<>();
        Map<String, String> agents = new LinkedHashMap<>();
        Pattern entry = Pattern.compile("^([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]*)\\]");
        for (String raw : Files.readAllLines(in, StandardCharsets.ISO_8859_1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("<!--")) {
                continue;
            }
            if (line.startsWith("!") && line.contains("=")) {
                String marker = line.substring(0, line.indexOf('=')).strip();
                List<String> forms = new ArrayList<>();
                for (String f : line.substring(line.indexOf('=') + 1).split(",")) {
                    String form = f.strip().toLowerCase(Locale.ROOT);
                    if (!form.isEmpty() && !form.equals("men") && !form.equals("women")
                            && !form.endsWith("ies") && !form.endsWith("ers")) {
                        forms.add(form);
                    }
                }
                markers.put(marker, forms);
                continue;
            }
            Matcher m = entry.matcher(line);
            if (!m.find()) {
                drop("unreadable agent line");
                continue;
            }
            String code = m.group(3).replace("~", "").strip().toUpperCase(Locale.ROOT);
            String role = code.length() >= 3 ? code.substring(0, 3) : "";
            if (!ROLES.contains(role)) {
                drop("agent with a code outside CAMEO's roles");
                continue;
            }
            for (String phrase : expand(m.group(1).strip(), markers)) {
                String p = phrase.replace('_', ' ').toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
                if (p.isEmpty() || !p.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-'
                        || ch == '\'')) {
                    drop("agent phrase with other characters");
                    continue;
                }
                if (POLITIES.contains(p)) {
                    drop("agent word naming a polity");
                    continue;
                }
                agents.putIfAbsent(p, role);
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("# Agent words with their CAMEO role codes, derived by tools/petrarch-actors/PetrarchActors.java");
            w.println("# from PETRARCH-2's Phoenix.agents.txt (MIT, Open Event Data Alliance; see NOTICE.md). Do not edit");
            w.println("# by hand; roles.tsv, written for Dossier, wins where both have a phrase.");
            w.println("# phrase\tcode\tlink");
            agents.forEach((p, c) -> w.println(p + "\t" + c + "\tof"));
        }
        return agents.size();
    }

    private static List<String> expand(String phrase, Map<String, List<String>> markers) {
        int a = phrase.indexOf('!');
        if (a < 0) {
            return List.of(phrase);
        }
        int b = phrase.indexOf('!', a + 1);
        if (b < 0) {
            return List.of();
        }
        List<String> forms = markers.getOrDefault(phrase.substring(a, b + 1), List.of());
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            out.addAll(expand(phrase.substring(0, a) + f + phrase.substring(b + 1), markers));
        }
        return out;
    }
}
