package dev.dossier.events;

import dev.dossier.model.EventStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of {@code cues.tsv}: light verbs, intent and speech words, nouns of wrongdoing, status cues and the
 * codes intended, requested and refused events become. Immutable and shared.
 *
 * @param light      verbs that lend their subject to a nominal event in their object
 * @param intent     words that make an event an expression of intent
 * @param speech     verbs of saying
 * @param wrongdoing nouns of wrongdoing
 * @param status     cue lemmas per status
 * @param refusalCode root to the 12x code a refused cooperation of that root becomes ("will not meet": 125)
 * @param intentCode root to the code an intended event of that root becomes: 03x for cooperation, 13x (threaten)
 *                   for force
 * @param reporting  verbs of saying, knowing and judging whose complement the subject reports ("said", "believes",
 *                   "accused X of"): an event there gets the subject as {@code reportedBy}
 * @param statement  verbs of saying that are a statement (CAMEO 010) towards a named addressee or topic actor
 * @param moods      adjective lemma to the statement code it makes ("concerned": 012 pessimistic, "hopeful": 013)
 * @param actCodes   what a requested, demanded or rejected act makes of the appeal (02x), demand (10x) or rejection
 *                   (12x) that names it, by the act's CAMEO code prefix ("04": 026, 106, 125) or its lemma
 */
public record EventCues(Set<String> light, Set<String> intent, Set<String> speech, Set<String> wrongdoing,
                        Map<EventStatus, Set<String>> status, Map<String, String> intentCode,
                        Map<String, String> refusalCode, Set<String> reporting, Set<String> statement,
                        Map<String, String> moods, Map<String, ActCodes> actCodes) {

    /**
     * The codes an act gives the statement about it.
     *
     * @param appeal the 02x code of asking for it
     * @param demand the 10x code of demanding it
     * @param reject the 12x code of rejecting or refusing it
     */
    public record ActCodes(String appeal, String demand, String reject) {

        /** The code of this kind for a statement of root 02, 10 or 12; null for another root. */
        public String forRoot(String root) {
            return switch (root) {
                case "02" -> appeal;
                case "10" -> demand;
                case "12" -> reject;
                default -> null;
            };
        }
    }

    static final String RESOURCE = "/dev/dossier/events/cues.tsv";

    public EventCues {
        light = Set.copyOf(light);
        intent = Set.copyOf(intent);
        speech = Set.copyOf(speech);
        wrongdoing = Set.copyOf(wrongdoing);
        Map<EventStatus, Set<String>> s = new EnumMap<>(EventStatus.class);
        status.forEach((k, v) -> s.put(k, Set.copyOf(v)));
        status = java.util.Collections.unmodifiableMap(s);
        intentCode = Map.copyOf(intentCode);
        refusalCode = Map.copyOf(refusalCode);
        reporting = Set.copyOf(reporting);
        statement = Set.copyOf(statement);
        moods = Map.copyOf(moods);
        actCodes = Map.copyOf(actCodes);
    }

    /**
     * The codes an act makes of a request, demand or rejection of it: by the act's lemma, else by the longest prefix
     * of its CAMEO code; null when the act names nothing more specific.
     *
     * @param code  the act's CAMEO code, or null when the act is no event pattern
     * @param lemma the act's lemma
     */
    public ActCodes act(String code, String lemma) {
        ActCodes byWord = actCodes.get(lemma);
        if (byWord != null || code == null) {
            return byWord;
        }
        for (int n = code.length(); n >= 2; n--) {
            ActCodes c = actCodes.get(code.substring(0, n));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The cues that ship with Dossier. */
    public static EventCues standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventCues STANDARD = parse(DataLines.read(RESOURCE), CameoOntology.standard());
    }

    /** The cue words of one status; empty when there are none. */
    public Set<String> of(EventStatus s) {
        return status.getOrDefault(s, Set.of());
    }

    /**
     * Reads cues; every bad line is reported at once.
     *
     * @throws EventDataException listing each bad entry as file:line
     */
    static EventCues parse(List<DataLines.Line> lines, CameoOntology cameo) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<EventStatus, Set<String>> status = new EnumMap<>(EventStatus.class);
        Map<String, String> intentCode = new HashMap<>();
        Map<String, String> refusalCode = new HashMap<>();
        Map<String, String> moods = new HashMap<>();
        Map<String, ActCodes> actCodes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> kinds = Set.of("light", "intent", "speech", "wrongdoing", "reporting", "statement");
        for (DataLines.Line line : lines) {
            List<String> f = line.fields();
            String kind = f.getFirst().toLowerCase(Locale.ROOT);
            if (kind.equals("mood")) {
                if (f.size() != 3 || !cameo.contains(f.get(1)) || !f.get(1).startsWith("01")) {
                    problems.add(line.where() + ": mood needs a 01x (statement) CAMEO code and adjectives, tab-separated");
                } else {
                    for (String w : f.get(2).split("\\|")) {
                        moods.put(w.strip(), f.get(1));
                    }
                }
                continue;
            }
            if (kind.equals("act-code") || kind.equals("act-word")) {
                boolean ok = f.size() == 5 && cameo.contains(f.get(2)) && f.get(2).startsWith("02")
                        && cameo.contains(f.get(3)) && f.get(3).startsWith("10")
                        && cameo.contains(f.get(4)) && f.get(4).startsWith("12")
                        && (kind.equals("act-word") || f.get(1).matches("\\d{2,4}"));
                if (!ok) {
                    problems.add(line.where() + ": " + kind + " needs " + (kind.equals("act-code") ? "a CAMEO code prefix"
                            : "lemmas (| between)") + ", then a 02x, a 10x and a 12x CAMEO code, tab-separated");
                } else {
                    ActCodes codes = new ActCodes(f.get(2), f.get(3), f.get(4));
                    for (String w : kind.equals("act-code") ? new String[] {f.get(1)} : f.get(1).split("\\|")) {
                        actCodes.put(w.strip(), codes);
                    }
                }
                continue;
            }
            if (kind.equals("refusal-code")) {
                if (f.size() != 3 || !f.get(1).matches("\\d{2}") || !cameo.contains(f.get(2)) || !f.get(2).startsWith("12")) {
                    problems.add(line.where() + ": refusal-code needs a root and a 12x (reject) CAMEO code, tab-separated");
                } else {
                    refusalCode.put(f.get(1), f.get(2));
                }
                continue;
            }
            if (kind.equals("intent-code")) {
                if (f.size() != 3 || !f.get(1).matches("\\d{2}") || !cameo.contains(f.get(2))
                        || !(f.get(2).startsWith("03") || f.get(2).startsWith("13"))) {
                    problems.add(line.where() + ": intent-code needs a root and a 03x (intent) or 13x (threat) CAMEO"
                            + " code, tab-separated");
                } else {
                    intentCode.put(f.get(1), f.get(2));
                }
                continue;
            }
            if (f.size() != 2 || f.get(1).isEmpty()) {
                problems.add(line.where() + ": expected a kind and its words, tab-separated");
                continue;
            }
            Set<String> list = new HashSet<>();
            for (String w : f.get(1).split("\\|")) {
                if (!w.strip().matches("[a-z' -]+")) {
                    problems.add(line.where() + ": bad word '" + w + "'");
                }
                list.add(w.strip());
            }
            if (kinds.contains(kind)) {
                words.computeIfAbsent(kind, k -> new HashSet<>()).addAll(list);
                continue;
            }
            try {
                status.computeIfAbsent(EventStatus.parse(kind), k -> new HashSet<>()).addAll(list);
            } catch (IllegalArgumentException e) {
                problems.add(line.where() + ": unknown kind '" + f.getFirst() + "' (light, intent, speech, wrongdoing,"
                        + " reporting, statement, mood, intent-code, refusal-code, act-code, act-word or a status)");
            }
        }
        if (!problems.isEmpty()) {
            throw new EventDataException(lines.isEmpty() ? RESOURCE : lines.getFirst().file(), problems);
        }
        return new EventCues(words.getOrDefault("light", Set.of()), words.getOrDefault("intent", Set.of()),
                words.getOrDefault("speech", Set.of()), words.getOrDefault("wrongdoing", Set.of()), status, intentCode,
                refusalCode, words.getOrDefault("reporting", Set.of()), words.getOrDefault("statement", Set.of()), moods,
                actCodes);
    }
}
