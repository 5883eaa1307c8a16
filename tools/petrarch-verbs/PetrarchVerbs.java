import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives Dossier's verb-frame table ({@code verb-frames.tsv}) from PETRARCH-2's verb dictionary
 * ({@code CAMEO.2.0.txt}, MIT licence, Open Event Data Alliance).
 *
 * <pre>
 * java tools/petrarch-verbs/PetrarchVerbs.java ../shared/reference/petrarch2/CAMEO.2.0.txt \
 *     dossier-pipeline/src/main/resources/dev/dossier/events/cameo.tsv \
 *     tools/petrarch-verbs/exclusions.tsv \
 *     dossier-pipeline/src/main/resources/dev/dossier/events/verb-frames.tsv
 * </pre>
 *
 * <p>What is read. The dictionary defines synonym sets ({@code &SET} followed by {@code +member} lines, words of a
 * phrase joined by {@code _}), then verb blocks: a {@code --- NAME [code] ---} line, the block's verbs (one per line,
 * an optional own code in brackets, irregular forms in braces, {@code +VERB_PARTICLE} for a phrasal verb), and
 * patterns {@code - [before] * [after] [code] # verb}. A pattern belongs to the whole block: PETRARCH applies it to
 * every verb of the block, and so does the table (the verbs column lists them all).
 *
 * <p>How PETRARCH's pattern elements become dependency conditions (the matcher, {@code dev.dossier.events.FrameMatcher},
 * reads them off the parse):
 * <ul>
 *   <li>a bare word or {@code {ADJ NOUN}} after the verb: the head (and modifiers) of the verb's object;</li>
 *   <li>a bare particle after the verb (UP, DOWN, OFF, OUT, ...) and the second word of a phrasal verb
 *       ({@code +CALL_OFF}, {@code +ASK_FOR}): a word attached to the verb (particle, preposition or complement);</li>
 *   <li>{@code (PREP NOUN)}: a prepositional phrase of the verb (or of its object) with that preposition and head;
 *       {@code (PREP)} alone: any phrase with that preposition; {@code BY/WITH}: either;</li>
 *   <li>a word before the verb: the head of its subject;</li>
 *   <li>{@code &SET}: any member, expanded (a member phrase is a head with modifiers);</li>
 *   <li>{@code +} (target), {@code $} (source) and {@code ^} (skipped words) are dropped where they stand in
 *       their usual places (the target after the verb, the source before it), since the coder reads sides from the
 *       subject, object and obliques in general; a pattern that puts the source after the verb or the target before
 *       it reverses the sides and is left out.</li>
 * </ul>
 * Codes: {@code [042:043]} keeps the first code (the second is the event seen from the other side);
 * {@code [040:040]} (the same both ways) marks the frame symmetric; {@code [:173]} (an event only from the
 * other side) is left out; {@code [---]} is kept as a frame that states no event ("call a cabinet meeting"),
 * so that it blocks the bare verb. A code unknown to {@code cameo.tsv} falls back to its three-digit parent.
 * Patterns with function words outside brackets ("WILL NOT *", "* TO CONGRATULATE") or several bare nouns in
 * a row have no clear dependency reading and are left out; the counts are printed.
 *
 * <p>What is dropped on measurement is listed in {@code exclusions.tsv} beside this file, with reasons.
 */
public final class PetrarchVerbs {

    private static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "back", "away", "forward",
            "aside", "on", "over", "in", "around", "together", "apart", "ahead");
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "of", "a", "an", "the", "will", "not", "would",
            "as", "into", "toward", "towards", "with", "for", "from", "at", "by", "against", "is", "are", "was",
            "were", "be", "has", "have", "had", "that", "this", "it", "his", "her", "their", "its", "and", "or",
            "no", "than", "under", "upon", "about", "between", "after", "before", "within", "near");

    record Verb(String lemma, String with, String code, int line) {
    }

    record Block(String name, String code, int line, List<Verb> verbs, List<Frame> frames) {
    }

    /** One derived row. */
    record Frame(String code, boolean symmetric, String with, List<String> subject, List<String> object,
                 List<String> preps, int line) {
    }

    private final Map<String, List<String>> sets = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Integer> dropped = new TreeMap<>();
    private final Set<String> cameo;

    PetrarchVerbs(Set<String> cameo) {
        this.cameo = cameo;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: java PetrarchVerbs.java CAMEO.2.0.txt cameo.tsv exclusions.tsv out.tsv");
            System.exit(2);
        }
        Set<String> cameo = new LinkedHashSet<>();
        for (String l : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                cameo.add(l.split("\t")[0].strip());
            }
        }
        Exclusions exclusions = Exclusions.read(Path.of(args[2]));
        PetrarchVerbs p = new PetrarchVerbs(cameo);
        p.read(Path.of(args[0]));
        List<String> rows = p.rows(exclusions);
        List<String> out = new ArrayList<>();
        out.add("# Verb frames derived from PETRARCH-2's verb dictionary CAMEO.2.0.txt (MIT licence, Copyright (c) 2015");
        out.add("# Open Event Data Alliance; see dev/dossier/reference/NOTICE.md) by tools/petrarch-verbs/PetrarchVerbs.java.");
        out.add("# Do not edit by hand: change the converter or its exclusions.tsv and regenerate (events/README.md).");
        out.add("# Columns (tab-separated; - for none):");
        out.add("#   code     CAMEO code the frame states, or --- for a frame that states no event (it blocks the bare verb)");
        out.add("#   options  symmetric (the sides stand in no order) or -");
        out.add("#   verbs    verb lemmas, | between (the PETRARCH block's synonyms)");
        out.add("#   with     words attached to the verb, _ between: particle, preposition or complement (call off, ask for)");
        out.add("#   subject  head of the subject: alternatives | between, a phrase's words _ between, head last");
        out.add("#   object   head of the object, written as subject");
        out.add("#   preps    prepositional phrases, space between: prep, prep/prep, or prep=alternatives");
        out.add("#   origin   line of CAMEO.2.0.txt and PETRARCH block");
        out.addAll(rows);
        Files.write(Path.of(args[3]), out, StandardCharsets.UTF_8);
        System.err.println("wrote " + rows.size() + " frames to " + args[3]);
        p.dropped.forEach((k, v) -> System.err.printf("  left out %5d  %s%n", v, k));
    }

    private void drop(String why) {
        dropped.merge(why, 1, Integer::sum);
    }

    void read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String set = null;
        Block block = null;
        boolean verbsPart = false;
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            if (raw.startsWith("~") || raw.startsWith("######## TRANSFORMATIONS")) {
                break;
            }
            if (raw.startsWith("####### VERB PATTERNS")) {
                verbsPart = true;
                continue;
            }
            String line = raw.startsWith("---") ? raw : stripComment(raw);
            if (line.isBlank()) {
                set = null;
                continue;
            }
            if (!verbsPart) {
                if (line.startsWith("&")) {
                    set = line.strip().substring(1);
                    sets.put(set, new ArrayList<>());
                } else if (line.startsWith("+") && set != null) {
                    sets.get(set).add(member(line.strip().substring(1), set.endsWith("_")));
                }
                continue;
            }
            if (line.startsWith("---")) {
                String[] parts = line.replace("---", " ").strip().split("\\s+");
                String code = parts.length > 1 ? parts[1].replaceAll("[\\[\\]]", "") : "---";
                block = new Block(parts[0], code, n, new ArrayList<>(), new ArrayList<>());
                blocks.add(block);
            } else if (block == null) {
                continue;
            } else if (line.startsWith("-")) {
                Frame f = pattern(line.substring(1), n);
                if (f != null) {
                    block.frames().add(f);
                }
            } else {
                Verb v = verb(line, n);
                if (v != null) {
                    block.verbs().add(v);
                }
            }
        }
    }

    private static String stripComment(String raw) {
        int hash = raw.indexOf('#');
        return hash < 0 ? raw : raw.substring(0, hash);
    }

    /** A synonym-set member as a phrase of lower-case words joined by _ (the trailing no-plural mark dropped). */
    private static String member(String m, boolean noPlural) {
        String s = m.strip().toLowerCase(Locale.ROOT);
        while (s.endsWith("_")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private Verb verb(String line, int n) {
        String s = line.strip();
        String code = null;
        int br = s.indexOf('[');
        if (br >= 0) {
            code = s.substring(br + 1, s.indexOf(']', br)).strip();
            s = s.substring(0, br);
        }
        int brace = s.indexOf('{');
        if (brace >= 0) {
            s = s.substring(0, brace);
        }
        s = s.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("+")) {
            String[] words = s.substring(1).split("_");
            if (words.length < 2 || words[0].isEmpty()) {
                drop("verb: phrasal entry without a second word");
                return null;
            }
            List<String> with = List.of(words).subList(1, words.length);
            if (with.stream().anyMatch(w -> Set.of("and", "or", "the", "a", "an").contains(w))) {
                // +KILLED_AND_WOUNDED and the like: two verbs, not a verb with its particle
                drop("verb: two verbs joined by a conjunction");
                return null;
            }
            return new Verb(words[0], String.join("_", with), code, n);
        }
        if (s.contains("_") || s.contains(" ")) {
            // the verb is not the first word (WIRE_+TAP): CoreNLP rarely parses these as one verb
            drop("verb: words before the verb");
            return null;
        }
        return new Verb(s, "", code, n);
    }

    /** A pattern line ("* (FOR AID) [0231]"), or null when it has no clear dependency reading. */
    private Frame pattern(String body, int n) {
        int open = body.lastIndexOf('[');
        int close = body.lastIndexOf(']');
        if (open < 0 || close < open) {
            drop("pattern: no code");
            return null;
        }
        String codeText = body.substring(open + 1, close).strip();
        String text = body.substring(0, open);
        String code = codeText;
        boolean symmetric = false;
        if (codeText.contains(":")) {
            String[] two = codeText.split(":", -1);
            if (two[0].isBlank()) {
                drop("pattern: code only for the other side [:x]");
                return null;
            }
            code = two[0].strip();
            symmetric = two[0].strip().equals(two[1].strip());
        }
        if (!code.equals("---")) {
            code = knownCode(code);
            if (code == null) {
                drop("pattern: code not in cameo.tsv");
                return null;
            }
        }
        int star = text.indexOf('*');
        if (star < 0) {
            drop("pattern: no verb mark *");
            return null;
        }
        List<String> before = tokens(text.substring(0, star));
        List<String> after = tokens(text.substring(star + 1));
        if (before == null || after == null) {
            drop("pattern: unbalanced brackets");
            return null;
        }
        before.removeIf(t -> t.equals("$") || t.equals("^"));
        after.removeIf(t -> t.equals("+") || t.equals("^"));
        if (before.contains("+") || after.contains("$")) {
            drop("pattern: sides reversed (target before or source after the verb)");
            return null;
        }
        List<String> subject = List.of();
        if (!before.isEmpty()) {
            if (before.size() > 1 || before.getFirst().startsWith("(")) {
                drop("pattern: more than one noun before the verb");
                return null;
            }
            subject = phrase(before.getFirst());
            if (subject == null) {
                drop("pattern: function word before the verb");
                return null;
            }
        }
        List<String> withWords = new ArrayList<>();
        List<String> object = List.of();
        List<String> preps = new ArrayList<>();
        for (String t : after) {
            if (t.startsWith("(")) {
                String p = prep(t.substring(1, t.length() - 1));
                if (p == null) {
                    drop("pattern: prepositional phrase without a clear head");
                    return null;
                }
                preps.add(p);
            } else if (object.isEmpty() && preps.isEmpty() && PARTICLES.contains(t.toLowerCase(Locale.ROOT))) {
                withWords.add(t.toLowerCase(Locale.ROOT));
            } else if (object.isEmpty() && preps.isEmpty()) {
                object = phrase(t);
                if (object == null) {
                    drop("pattern: function word after the verb");
                    return null;
                }
            } else {
                drop("pattern: several nouns after the verb or a noun after a prepositional phrase");
                return null;
            }
        }
        return new Frame(code, symmetric, String.join("_", withWords), subject, object, preps, n);
    }

    private String knownCode(String code) {
        if (!code.matches("\\d{3,4}")) {
            return null;
        }
        if (cameo.contains(code)) {
            return code;
        }
        return code.length() == 4 && cameo.contains(code.substring(0, 3)) ? code.substring(0, 3) : null;
    }

    /** Splits into words, (...) groups and {...} groups; null when brackets do not balance. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == '{') {
                char end = c == '(' ? ')' : '}';
                int depth = 0;
                int j = i;
                for (; j < s.length(); j++) {
                    char x = s.charAt(j);
                    if (x == '(' || x == '{') {
                        depth++;
                    } else if (x == ')' || x == '}') {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                }
                if (j >= s.length() || s.charAt(j) != end) {
                    return null;
                }
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '('
                        && s.charAt(j) != '{') {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    /**
     * A noun element as alternatives, each a phrase of words joined by _ with its head last: a word, a {...}
     * phrase or a &SET. A set in the head's place is expanded into one alternative per member; a set among the
     * modifiers becomes one position of words separated by / (the last word of each member: "assault rifle" as a
     * modifier is read as "rifle"). Null for a function word, an undefined set or a placeholder inside.
     */
    private List<String> phrase(String element) {
        String e = element.strip();
        List<String> parts = e.startsWith("{") ? List.of(e.substring(1, e.length() - 1).strip().split("\\s+"))
                : List.of(e);
        List<String> modifiers = new ArrayList<>();
        for (String w : parts.subList(0, parts.size() - 1)) {
            List<String> alt = alternatives(w);
            if (alt == null) {
                return null;
            }
            Set<String> lastWords = new LinkedHashSet<>();
            alt.forEach(a -> lastWords.add(a.substring(a.lastIndexOf('_') + 1)));
            modifiers.add(String.join("/", lastWords));
        }
        List<String> heads = alternatives(parts.getLast());
        if (heads == null) {
            return null;
        }
        String prefix = modifiers.isEmpty() ? "" : String.join("_", modifiers) + "_";
        Set<String> out = new LinkedHashSet<>();
        heads.forEach(h -> out.add(prefix + h));
        return List.copyOf(out);
    }

    /** One word or set of a phrase as its alternatives (lower case), or null when it cannot be read as a noun. */
    private List<String> alternatives(String w) {
        if (w.startsWith("&")) {
            List<String> members = sets.get(w.substring(1));
            return members == null || members.isEmpty() ? null : members.stream()
                    .filter(m -> m.matches("[a-z0-9][a-z0-9'_-]*")).toList();
        }
        String word = w.toLowerCase(Locale.ROOT).replace("_", " ").strip();
        if (word.isEmpty() || FUNCTION_WORDS.contains(word) || word.equals("+") || word.equals("$")
                || word.equals("^") || !word.matches("[a-z0-9][a-z0-9' -]*")) {
            return null;
        }
        return List.of(word.replace(' ', '_'));
    }

    /** "(FOR {FINANCIAL AID})" as "for=financial_aid", "(BY/WITH PROTESTS)" as "by/with=protests". */
    private String prep(String inner) {
        List<String> parts = tokens(inner);
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        String p = parts.getFirst().toLowerCase(Locale.ROOT);
        if (!p.matches("[a-z]+(/[a-z]+)*")) {
            return null;
        }
        List<String> rest = new ArrayList<>(parts.subList(1, parts.size()));
        rest.removeIf(t -> t.equals("+") || t.equals("^"));
        if (rest.contains("$")) {
            return null;
        }
        if (rest.isEmpty()) {
            return p;
        }
        if (rest.size() > 1) {
            return null;
        }
        List<String> head = phrase(rest.getFirst());
        return head == null ? null : p + "=" + String.join("|", head);
    }

    List<String> rows(Exclusions exclusions) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Block b : blocks) {
            Map<String, List<Verb>> byWith = new LinkedHashMap<>();
            for (Verb v : b.verbs()) {
                String code = v.code() != null ? v.code() : b.code();
                String c = code.contains(":") ? code.split(":", -1)[0].strip() : code;
                String known = c.isEmpty() || c.equals("---") ? null : knownCode(c);
                if (known != null) {
                    String reason = exclusions.reason(b.name(), v.lemma(), known, "bare", v.line());
                    if (reason != null) {
                        drop("excluded (exclusions.tsv): bare verb, " + reason);
                    } else {
                        boolean sym = code.contains(":") && code.split(":", -1)[0].strip()
                                .equals(code.split(":", -1)[1].strip());
                        add(out, seen, known, sym, v.lemma(), v.with(), List.of(), List.of(), List.of(),
                                v.line(), b.name());
                    }
                }
                byWith.computeIfAbsent(v.with(), k -> new ArrayList<>()).add(v);
            }
            for (Frame f : b.frames()) {
                for (var e : byWith.entrySet()) {
                    List<String> lemmas = new ArrayList<>();
                    for (Verb v : e.getValue()) {
                        String reason = exclusions.reason(b.name(), v.lemma(), f.code(), "pattern", f.line());
                        if (reason != null) {
                            drop("excluded (exclusions.tsv): pattern, " + reason);
                        } else if (!lemmas.contains(v.lemma())) {
                            lemmas.add(v.lemma());
                        }
                    }
                    if (lemmas.isEmpty()) {
                        continue;
                    }
                    String with = joinWith(e.getKey(), f.with());
                    add(out, seen, f.code(), f.symmetric(), String.join("|", lemmas), with, f.subject(), f.object(),
                            f.preps(), f.line(), b.name());
                }
            }
        }
        return out;
    }

    private static String joinWith(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "_" + b;
    }

    private void add(List<String> out, Set<String> seen, String code, boolean symmetric, String verbs, String with,
                     List<String> subject, List<String> object, List<String> preps, int line, String block) {
        String key = code + "\t" + verbs + "\t" + with + "\t" + subject + "\t" + object + "\t" + preps;
        if (!seen.add(key)) {
            drop("duplicate frame");
            return;
        }
        out.add(String.join("\t", code, symmetric ? "symmetric" : "-", verbs, dash(with), dash(String.join("|",
                subject)), dash(String.join("|", object)), dash(String.join(" ", preps)),
                "CAMEO.2.0.txt:" + line + " " + block));
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    /**
     * The exclusion list: tab-separated {@code what <TAB> which <TAB> reason} (several which with | between), where
     * what is {@code block} (a
     * PETRARCH block name), {@code verb} (a lemma, all its frames), {@code bare} (a lemma's frame with no
     * condition), {@code code} (a CAMEO code or two-digit root prefix) or {@code line} (a line of CAMEO.2.0.txt).
     */
    record Exclusions(List<String[]> rules) {
        static Exclusions read(Path file) throws IOException {
            List<String[]> rules = new ArrayList<>();
            int n = 0;
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t");
                if (f.length != 3 || !Set.of("block", "verb", "bare", "code", "line").contains(f[0].strip())) {
                    throw new IllegalArgumentException(file + ":" + n
                            + ": expected what (block, verb, bare, code or line), which and reason, tab-separated");
                }
                rules.add(new String[] {f[0].strip(), f[1].strip().toLowerCase(Locale.ROOT), f[2].strip()});
            }
            return new Exclusions(rules);
        }

        String reason(String block, String lemma, String code, String kind, int line) {
            for (String[] r : rules) {
                List<String> which = List.of(r[1].split("\\|"));
                boolean hit = switch (r[0]) {
                    case "block" -> which.contains(block.toLowerCase(Locale.ROOT));
                    case "verb" -> which.contains(lemma);
                    case "bare" -> kind.equals("bare") && which.contains(lemma);
                    case "code" -> which.stream().anyMatch(code::startsWith);
                    case "line" -> which.contains(Integer.toString(line));
                    default -> false;
                };
                if (hit) {
                    return r[0] + " " + r[1] + ": " + r[2];
                }
            }
            return null;
        }
    }
}
