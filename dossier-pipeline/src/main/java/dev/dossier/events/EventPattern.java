package dev.dossier.events;

import java.util.List;
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
 * @param symmetric true when the sides stand in no order (meetings, talks)
 * @param partner   true when a missing other side is taken from the nearest earlier actor of another country
 * @param placeTarget true when a missing target is the country of the event's place (a protest in Beijing is
 *                  directed at China)
 */
public record EventPattern(String code, Kind kind, List<String> words, Set<String> objects, boolean symmetric,
                           boolean partner, boolean placeTarget) {

    /** What the pattern's head word is. */
    public enum Kind { VERB, NOUN }

    public EventPattern {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        words = List.copyOf(words);
        objects = Set.copyOf(objects);
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
}
