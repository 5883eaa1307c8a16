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
 * codes intended events become. Immutable and shared.
 *
 * @param light      verbs that lend their subject to a nominal event in their object
 * @param intent     words that make an event an expression of intent
 * @param speech     verbs of saying
 * @param wrongdoing nouns of wrongdoing
 * @param status     cue lemmas per status
 * @param refusalCode root to the 12x code a refused cooperation of that root becomes ("will not meet": 125)
 * @param intentCode root to the code an intended event of that root becomes: 03x for cooperation, 13x (threaten)
 *                   for force
 */
public record EventCues(Set<String> light, Set<String> intent, Set<String> speech, Set<String> wrongdoing,
                        Map<EventStatus, Set<String>> status, Map<String, String> intentCode,
                        Map<String, String> refusalCode) {

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
        List<String> problems = new ArrayList<>();
        Set<String> kinds = Set.of("light", "intent", "speech", "wrongdoing");
        for (DataLines.Line line : lines) {
            List<String> f = line.fields();
            String kind = f.getFirst().toLowerCase(Locale.ROOT);
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
                        + " intent-code or a status)");
            }
        }
        if (!problems.isEmpty()) {
            throw new EventDataException(lines.isEmpty() ? RESOURCE : lines.getFirst().file(), problems);
        }
        return new EventCues(words.getOrDefault("light", Set.of()), words.getOrDefault("intent", Set.of()),
                words.getOrDefault("speech", Set.of()), words.getOrDefault("wrongdoing", Set.of()), status, intentCode,
                refusalCode);
    }
}
