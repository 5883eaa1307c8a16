package dev.dossier.store.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes made-up analysed articles as {@code dossier analyze} would (JSON Lines with entities, quotes and events),
 * so the store can be filled at scale without models: about 3 KB of text, 8 entities, 3 quotes and 7 events per
 * article, among 2,400 people of 40 countries over three years. Deterministic for a seed; the names and codes the
 * query benchmark asks for come from the same pools ({@link #PEOPLE}, {@link #COUNTRIES}).
 *
 * <p>Run: {@code AnalysedCorpus OUT_DIR ARTICLES [SEED]}; writes {@code analysed-NNN.jsonl} files of 10,000 lines.
 */
public final class AnalysedCorpus {

    /** Country codes of the generated actors. */
    public static final List<String> COUNTRIES = List.of("USA", "RUS", "CHN", "DEU", "FRA", "GBR", "UKR", "POL",
            "HUN", "ITA", "ESP", "JPN", "KOR", "IND", "PAK", "IRN", "IRQ", "SYR", "ISR", "TUR", "EGY", "SAU", "NGA",
            "KEN", "ETH", "ZAF", "BRA", "ARG", "MEX", "COL", "VEN", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "MMR",
            "AFG", "SDN");
    private static final String[] FIRST = {"Anna", "Pierre", "Tomas", "Olena", "Ivan", "Grace", "Kenji", "Lucia",
        "Omar", "Priya", "Chen", "Maria", "Ahmed", "Sofia", "David", "Elena", "Yusuf", "Ines", "Karl", "Amara",
        "Luis", "Mei", "Rafael", "Nadia", "Jonas", "Fatima", "Hugo", "Leila", "Marek", "Zara"};
    private static final String[] LAST = {"Keller", "Morel", "Varga", "Marchuk", "Sorokin", "Holloway", "Arai",
        "Ferrante", "Haddad", "Sharma", "Wei", "Silva", "Rahman", "Novak", "Brennan", "Petrova", "Demir", "Costa",
        "Lindqvist", "Okafor", "Ortega", "Tanaka", "Mendes", "Karimi", "Berg", "Aziz", "Laurent", "Nasser",
        "Kowalski", "Mensah", "Dubois", "Ivanova", "Park", "Moreau", "Schmidt", "Rossi", "Hakimi", "Yilmaz",
        "Gomez", "Sato", "Fischer", "Ali", "Kim", "Romero", "Weber", "Popescu", "Jensen", "Horvat", "Mazur",
        "Eriksen", "Castillo", "Obi", "Reyes", "Hassan", "Lund", "Bianchi", "Nguyen", "Osei", "Vargas", "Adeyemi",
        "Lopez", "Kaya", "Meyer", "Santos", "Farouk", "Nieminen", "Halvorsen", "Quispe", "Mwangi", "Banda",
        "Tesfaye", "Rahimi", "Zhou", "Lim", "Singh", "Das", "Chowdhury", "Bakr"};
    private static final String[] ROLES = {"GOV", "MIL", "GOV", "OPP", "GOV", "BUS"};
    private static final String[] TITLES = {"Foreign Minister", "Defence Minister", "Prime Minister",
        "opposition leader", "President", "business leader"};
    private static final String[][] ACTIONS = {
        {"043", "met", "Consult", "1", "3.8"}, {"042", "visited", "Consult", "1", "1.9"},
        {"036", "offered talks to", "Express intent to meet", "1", "4.0"},
        {"057", "signed an agreement with", "Sign formal agreement", "2", "8.0"},
        {"112", "accused", "Accuse", "3", "-2.0"}, {"130", "threatened", "Threaten", "3", "-4.4"},
        {"051", "praised", "Praise or endorse", "1", "3.4"}, {"190", "attacked forces loyal to", "Use force", "4",
        "-10.0"}, {"173", "arrested supporters of", "Arrest", "4", "-5.0"}, {"071", "sent aid to", "Provide aid",
        "2", "7.4"}};
    private static final String[] FILLER = {
        "Officials said the discussions covered trade, energy and security in the region.",
        "Analysts expect further contacts in the coming weeks, though no date has been set.",
        "The talks were described by both sides as frank and useful, according to a statement.",
        "Markets reacted calmly to the news, and the currency held steady against the dollar.",
        "Opposition figures criticised the move and asked the government for more details.",
        "Diplomats familiar with the matter said a joint declaration was still being drafted.",
        "The ministry did not respond to a request for comment on Tuesday evening.",
        "Observers noted that the two governments had not met at this level for several years."};
    private static final String[] OUTLETS = {"Harbor Daily", "Capital Wire", "Evening Ledger", "North Star News",
        "The Daily Courier", "Meridian Post", "Coastal Times", "Frontier Report"};

    /** A person of the pool: name, surname, country, role code and title. */
    public record Person(String name, String surname, String country, String role, String title) {
        String code() {
            return country + role;
        }
    }

    /** The people every article draws from: 2,400 names, each with a country and a role. */
    public static final List<Person> PEOPLE = people();

    private static List<Person> people() {
        List<Person> out = new ArrayList<>();
        Random r = new Random(1);
        for (String last : LAST) {
            for (String first : FIRST) {
                int role = r.nextInt(ROLES.length);
                out.add(new Person(first + " " + last, last, COUNTRIES.get(r.nextInt(COUNTRIES.size())), ROLES[role],
                        TITLES[role]));
            }
        }
        return List.copyOf(out);
    }

    private AnalysedCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
        Files.createDirectories(out);
        Random random = new Random(seed);
        JsonFactory json = new JsonFactory();
        long bytes = 0;
        for (int file = 0; file * 10_000 < n; file++) {
            Path p = out.resolve(String.format(Locale.ROOT, "analysed-%03d.jsonl", file));
            try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                for (int i = file * 10_000; i < Math.min(n, (file + 1) * 10_000); i++) {
                    java.io.StringWriter line = new java.io.StringWriter();
                    try (JsonGenerator g = json.createGenerator(line)) {
                        article(g, i, random);
                    }
                    w.write(line.toString());
                    w.write('\n');
                    bytes += line.getBuffer().length() + 1;
                }
            }
        }
        System.err.printf(Locale.ROOT, "wrote %d analysed articles (%.1f KB each) under %s%n", n, bytes / 1024.0 / n,
                out);
    }

    private record Span(int start, int end) {
    }

    private static void article(JsonGenerator g, int i, Random random) throws IOException {
        LocalDate published = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
        List<Person> cast = new ArrayList<>();
        while (cast.size() < 8) {
            Person p = PEOPLE.get(random.nextInt(PEOPLE.size()));
            if (!cast.contains(p)) {
                cast.add(p);
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("Report ").append(i).append(" from the ").append(OUTLETS[i % OUTLETS.length]).append(" desk.\n");
        List<int[]> events = new ArrayList<>();
        List<Span> eventSpans = new ArrayList<>();
        List<List<Span>> mentions = new ArrayList<>();
        for (int k = 0; k < cast.size(); k++) {
            mentions.add(new ArrayList<>());
        }
        for (int e = 0; e < 7; e++) {
            int a = random.nextInt(cast.size());
            int b = (a + 1 + random.nextInt(cast.size() - 1)) % cast.size();
            int action = random.nextInt(ACTIONS.length);
            Person pa = cast.get(a);
            Person pb = cast.get(b);
            text.append(pa.title().substring(0, 1).toUpperCase(Locale.ROOT)).append(pa.title().substring(1))
                    .append(' ');
            int sa = text.length();
            text.append(pa.name());
            mentions.get(a).add(new Span(sa, text.length()));
            text.append(' ');
            int verb = text.length();
            text.append(ACTIONS[action][1]);
            eventSpans.add(new Span(verb, text.length()));
            text.append(' ');
            int sb = text.length();
            text.append(pb.name());
            mentions.get(b).add(new Span(sb, text.length()));
            text.append(" on ").append(published.minusDays(random.nextInt(4)).getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, Locale.ENGLISH)).append(", officials said. ");
            text.append(FILLER[random.nextInt(FILLER.length)]).append(' ')
                    .append(FILLER[random.nextInt(FILLER.length)]).append('\n');
            events.add(new int[] {a, b, action, random.nextInt(4), sa, sb});
        }
        List<int[]> quotes = new ArrayList<>();
        for (int q = 0; q < 3; q++) {
            int s = random.nextInt(cast.size());
            text.append('"');
            int qs = text.length();
            text.append("We will keep working for a fair outcome in round ").append(i).append('.').append(q);
            int qe = text.length();
            text.append(",\" ");
            int ss = text.length();
            text.append(cast.get(s).surname());
            mentions.get(s).add(new Span(ss, text.length()));
            text.append(" said. ").append(FILLER[random.nextInt(FILLER.length)]).append('\n');
            quotes.add(new int[] {s, qs, qe, ss});
        }
        String body = text.toString();
        g.writeStartObject();
        g.writeStringField("id", "bench-" + i);
        g.writeStringField("title", cast.get(0).surname() + " and " + cast.get(1).surname() + ": report " + i);
        g.writeStringField("published", published.toString());
        g.writeStringField("source", OUTLETS[i % OUTLETS.length]);
        g.writeStringField("url", "https://example.org/bench/" + i);
        g.writeStringField("language", "en");
        g.writeStringField("text", body);
        g.writeArrayFieldStart("entities");
        for (int k = 0; k < cast.size(); k++) {
            if (mentions.get(k).isEmpty()) {
                continue;
            }
            Person p = cast.get(k);
            g.writeStartObject();
            g.writeStringField("id", "e" + k);
            g.writeStringField("name", p.name());
            g.writeStringField("type", "PERSON");
            g.writeStringField("actor", p.code());
            g.writeStringField("role", p.title());
            g.writeArrayFieldStart("mentions");
            for (Span m : mentions.get(k)) {
                g.writeStartObject();
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeStringField("text", body.substring(m.start(), m.end()));
                g.writeStringField("kind", "name");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (int[] q : quotes) {
            Person p = cast.get(q[0]);
            g.writeStartObject();
            g.writeStringField("kind", "direct");
            g.writeNumberField("start", q[1]);
            g.writeNumberField("end", q[2]);
            g.writeStringField("text", body.substring(q[1], q[2]));
            g.writeObjectFieldStart("speaker");
            g.writeStringField("entity", "e" + q[0]);
            g.writeStringField("name", p.name());
            g.writeNumberField("start", q[3]);
            g.writeNumberField("end", q[3] + p.surname().length());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (int e = 0; e < events.size(); e++) {
            int[] ev = events.get(e);
            String[] action = ACTIONS[ev[2]];
            g.writeStartObject();
            g.writeStringField("cameo", action[0]);
            g.writeStringField("cameoName", action[2]);
            g.writeNumberField("quadClass", Integer.parseInt(action[3]));
            g.writeNumberField("goldstein", Double.parseDouble(action[4]));
            actor(g, "source", cast.get(ev[0]), ev[0], ev[4]);
            g.writeArrayFieldStart("targets");
            g.writeStartObject();
            actorFields(g, cast.get(ev[1]), ev[1], ev[5]);
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("when", published.minusDays(ev[3]).toString());
            g.writeStringField("whenFrom", "text");
            g.writeStringField("status", "happened");
            g.writeObjectFieldStart("evidence");
            g.writeNumberField("start", eventSpans.get(e).start());
            g.writeNumberField("end", eventSpans.get(e).end());
            g.writeEndObject();
            g.writeNumberField("sentence", e + 1);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, String field, Person p, int k, int start) throws IOException {
        g.writeObjectFieldStart(field);
        actorFields(g, p, k, start);
        g.writeEndObject();
    }

    private static void actorFields(JsonGenerator g, Person p, int k, int start) throws IOException {
        g.writeStringField("entity", "e" + k);
        g.writeStringField("actor", p.code());
        g.writeObjectFieldStart("mention");
        g.writeNumberField("start", start);
        g.writeNumberField("end", start + p.name().length());
        g.writeEndObject();
    }
}
