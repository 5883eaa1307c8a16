package dev.dossier.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event patterns of {@code patterns.tsv}, indexed by kind and head lemma, and the verb frames derived from
 * PETRARCH-2 ({@link VerbFrames}, {@code verb-frames.tsv}), which apply where no hand-written pattern does.
 * Immutable and shared.
 */
public final class EventPatterns {

    static final String RESOURCE = "/dev/dossier/events/patterns.tsv";

    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;
    private final int size;
    private final VerbFrames frames;

    private EventPatterns(List<EventPattern> patterns, VerbFrames frames) {
        Map<String, List<EventPattern>> v = new HashMap<>();
        Map<String, List<EventPattern>> n = new HashMap<>();
        for (EventPattern p : patterns) {
            (p.kind() == EventPattern.Kind.VERB ? v : n).computeIfAbsent(p.head(), k -> new ArrayList<>()).add(p);
        }
        v.replaceAll((k, l) -> List.copyOf(l));
        n.replaceAll((k, l) -> List.copyOf(l));
        this.verbs = Map.copyOf(v);
        this.nouns = Map.copyOf(n);
        this.size = patterns.size();
        this.frames = frames;
    }

    /** The patterns and verb frames that ship with Dossier, checked against the standard CAMEO table. */
    public static EventPatterns standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventPatterns STANDARD = parse(DataLines.read(RESOURCE), CameoOntology.standard())
                .withFrames(VerbFrames.standard());
    }

    /** Patterns from literal entries, with no verb frames, for tests and for callers with patterns of their own. */
    public static EventPatterns of(List<EventPattern> patterns) {
        return new EventPatterns(patterns, VerbFrames.none());
    }

    /** These patterns with these verb frames behind them. */
    public EventPatterns withFrames(VerbFrames verbFrames) {
        List<EventPattern> all = new ArrayList<>();
        verbs.values().forEach(all::addAll);
        nouns.values().forEach(all::addAll);
        return new EventPatterns(all, verbFrames);
    }

    /**
     * Reads patterns; every bad line is reported at once.
     *
     * @throws EventDataException listing each bad entry as file:line
     */
    static EventPatterns parse(List<DataLines.Line> lines, CameoOntology cameo) {
        List<EventPattern> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DataLines.Line line : lines) {
            List<String> f = line.fields();
            if (f.size() < 3 || f.size() > 4) {
                problems.add(line.where() + ": expected code, kind, words and optional options (tab-separated), found "
                        + f.size() + " fields");
                continue;
            }
            String code = f.get(0);
            if (!cameo.contains(code)) {
                problems.add(line.where() + ": '" + code + "' is not a CAMEO code of cameo.tsv");
                continue;
            }
            EventPattern.Kind kind;
            try {
                kind = EventPattern.Kind.valueOf(f.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(line.where() + ": kind must be verb or noun, not '" + f.get(1) + "'");
                continue;
            }
            Set<String> objects = new HashSet<>();
            Set<EventPattern.Option> options = EnumSet.noneOf(EventPattern.Option.class);
            boolean ok = true;
            for (String option : (f.size() == 4 ? f.get(3) : "").split(" +")) {
                if (option.isEmpty()) {
                    continue;
                }
                if (option.startsWith("obj=") && option.length() > 4) {
                    objects.addAll(Arrays.asList(option.substring(4).split("\\|")));
                    continue;
                }
                Optional<EventPattern.Option> known = Arrays.stream(EventPattern.Option.values())
                        .filter(o -> o.label().equals(option)).findFirst();
                if (known.isPresent()) {
                    options.add(known.get());
                } else {
                    problems.add(line.where() + ": unknown option '" + option + "' (obj=..., " + Arrays.stream(
                            EventPattern.Option.values()).map(EventPattern.Option::label).toList() + ")");
                    ok = false;
                }
            }
            if (kind == EventPattern.Kind.NOUN && (options.contains(EventPattern.Option.FROM_SOURCE)
                    || options.contains(EventPattern.Option.OBJECT_CLAUSE))) {
                problems.add(line.where() + ": from-source and object-clause apply to verbs only");
                ok = false;
            }
            if (!objects.isEmpty() && kind == EventPattern.Kind.NOUN) {
                problems.add(line.where() + ": obj= applies to verbs only");
                ok = false;
            }
            for (String phrase : f.get(2).split("\\|")) {
                String p = phrase.strip().toLowerCase(Locale.ROOT);
                if (p.isEmpty() || !p.matches("[a-z' -]+")) {
                    problems.add(line.where() + ": bad word '" + phrase + "' (lower-case letters, spaces, hyphens)");
                    ok = false;
                    continue;
                }
                if (ok) {
                    out.add(new EventPattern(code, kind, Arrays.asList(p.split(" +")), objects, options));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EventDataException(lines.getFirst().file(), problems);
        }
        return new EventPatterns(out, VerbFrames.none());
    }

    /** Patterns whose head is this verb lemma. */
    public List<EventPattern> verb(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** Patterns whose head is this noun lemma. */
    public List<EventPattern> noun(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** The hand-written patterns' count. */
    public int size() {
        return size;
    }

    /** The verb frames consulted where no hand-written pattern applies. */
    public VerbFrames frames() {
        return frames;
    }
}
