package dev.dossier.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One way the text states an event: a verb or a noun (with its synonyms listed as separate patterns sharing a code)
 * and the conditions under which it counts.
 *
 * @param code      the CAMEO code it states
 * @param kind      verb (a clause) or noun (a noun phrase)
 * @param words     the lemma, or for a phrase ("phone call") its words, the last being the head
 * @param objects   lemmas one of which the verb's object must have; empty when any (or none) will do
 * @param options   how the sides are read (see {@link Option})
 */
public record EventPattern(String code, Kind kind, List<String> words, Set<String> objects, Set<Option> options) {

    /** What the pattern's head word is. */
    public enum Kind { VERB, NOUN }

    /** How a pattern's sides are read; written in the data file in lower case with hyphens. */
    public enum Option {
        /** The sides stand in no order (a meeting of A and B is also one of B and A). */
        SYMMETRIC,
        /** A missing other side is the nearest earlier actor of another country (talks, contacts). */
        PARTNER,
        /** A missing target is the country of the event's place (a protest in Beijing is directed at China). */
        PLACE_TARGET,
        /**
         * The side named after "from" acts and the subject is acted upon: "the rebels received weapons from Iran" is
         * Iran arming the rebels.
         */
        FROM_SOURCE,
        /**
         * The verb states the event only with an object and a to-clause whose actor that object is: "Obama wants
         * Putin to leave" appeals to Putin; "Obama wants to leave" does not.
         */
        OBJECT_CLAUSE,
        /**
         * The event stands without a named target ("opposition supporters rallied in the capital"): coded with no
         * target, as GDELT leaves Actor2 blank, when its source has a country and nothing else names a target.
         */
        NO_TARGET;

        /** The option as written in the data file. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public EventPattern {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        words = List.copyOf(words);
        objects = Set.copyOf(objects);
        options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A pattern needs a word");
        }
    }

    /** The head lemma, the one the pattern is indexed under. */
    public String head() {
        return words.getLast();
    }

    /** Words that must come right before the head, for phrases. */
    public List<String> before() {
        return words.subList(0, words.size() - 1);
    }

    public boolean has(Option option) {
        return options.contains(option);
    }

    public boolean symmetric() {
        return has(Option.SYMMETRIC);
    }

    public boolean partner() {
        return has(Option.PARTNER);
    }

    public boolean placeTarget() {
        return has(Option.PLACE_TARGET);
    }
}
