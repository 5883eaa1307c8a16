package dev.dossier.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One verb frame of {@code verb-frames.tsv} (derived from PETRARCH-2's verb dictionary): a verb with the words and
 * phrases around it under which it states a CAMEO event. {@link FrameMatcher} reads each condition off the
 * dependency parse: {@code with} words attached to the verb (particle, preposition or complement), the head of the
 * subject, the head of the object, prepositional phrases.
 *
 * @param code      the CAMEO code, or null for a frame that states no event ("call a cabinet meeting") and so blocks
 *                  the bare verb
 * @param symmetric the sides stand in no order (PETRARCH's {@code [040:040]})
 * @param verbs     the verb lemmas the frame applies to
 * @param with      words that must be attached to the verb ("call off", "ask for")
 * @param subject   heads one of which the subject must have; empty when any will do
 * @param object    heads one of which the object must have; empty when any (or none) will do
 * @param preps     prepositional phrases the verb (or its object) must have
 * @param origin    where the frame comes from: {@code verb-frames.tsv:LINE} and the source it was derived from
 */
public record VerbFrame(String code, boolean symmetric, List<String> verbs, List<String> with, List<Phrase> subject,
                        List<Phrase> object, List<Prep> preps, String origin) {

    /**
     * A noun phrase condition: the head word and, before it, modifier positions each satisfied by one of its words
     * ("financial aid": head aid, a modifier financial).
     */
    public record Phrase(List<Set<String>> modifiers, String head) {
        public Phrase {
            modifiers = List.copyOf(modifiers);
            Objects.requireNonNull(head, "head");
        }
    }

    /** A prepositional phrase condition: one of the prepositions and, when {@code objects} is not empty, its head. */
    public record Prep(Set<String> prepositions, List<Phrase> objects) {
        public Prep {
            prepositions = Set.copyOf(prepositions);
            objects = List.copyOf(objects);
        }
    }

    public VerbFrame {
        verbs = List.copyOf(verbs);
        with = List.copyOf(with);
        subject = List.copyOf(subject);
        object = List.copyOf(object);
        preps = List.copyOf(preps);
        Objects.requireNonNull(origin, "origin");
        if (verbs.isEmpty()) {
            throw new IllegalArgumentException("A verb frame needs a verb");
        }
    }

    /** True when the frame states an event (rather than blocking its verb). */
    public boolean states() {
        return code != null;
    }

    /**
     * How many conditions the frame sets: among frames that match, the one that says most wins, as in PETRARCH,
     * where the longest pattern is taken.
     */
    public int specificity() {
        int n = with.size() + (subject.isEmpty() ? 0 : 1 + fewestModifiers(subject))
                + (object.isEmpty() ? 0 : 1 + fewestModifiers(object));
        for (Prep p : preps) {
            n += 1 + (p.objects().isEmpty() ? 0 : 1 + fewestModifiers(p.objects()));
        }
        return n;
    }

    private static int fewestModifiers(List<Phrase> phrases) {
        return phrases.stream().mapToInt(p -> p.modifiers().size()).min().orElse(0);
    }

    /** The frame as an event pattern of the coder, for the verb it matched. */
    EventPattern pattern(String lemma) {
        return new EventPattern(code, EventPattern.Kind.VERB, List.of(lemma), Set.of(),
                symmetric ? Set.of(EventPattern.Option.SYMMETRIC) : Set.of());
    }
}
