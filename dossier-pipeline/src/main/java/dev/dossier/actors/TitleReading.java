package dev.dossier.actors;

import dev.dossier.model.Span;
import dev.dossier.reference.Country;
import dev.dossier.reference.Institution;
import dev.dossier.reference.RoleWord;

/**
 * What a title phrase around one name says: "President Putin's aide" is the role word "aide" held under the
 * possessor at the token of "Putin"; "former US President" is "President", of the United States, no longer held.
 *
 * @param title       the title as written, plural nouns singular ("Foreign Minister", "oil company"); empty if none
 * @param role        the role word the title contains, or null
 * @param country     the country the phrase names (an adjective, a name), or null
 * @param attachedCountry a country named in a prepositional attachment ("ambassador to Poland"), used only when
 *                    nothing else gives one
 * @param institution an institution the phrase names ("Kremlin aide"), or null
 * @param former      true for "former", "ex-"
 * @param possessor   token index of the possessor ("Putin" in "Putin's aide", "his" in "his counterpart"), or -1
 * @param span        the characters of the whole phrase
 */
record TitleReading(String title, RoleWord role, Country country, Country attachedCountry, Institution institution,
                    boolean former, int possessor, Span span) {

    /** How much this reading tells, to choose between the readings of several mentions. */
    int weight() {
        return (role != null ? 4 : 0) + (country != null ? 2 : 0) + (possessor >= 0 ? 2 : 0)
                + (institution != null ? 1 : 0);
    }
}
