/**
 * Actors: a CAMEO-style code and a role in words for each entity ({@link dev.dossier.actors.ActorCoder}).
 *
 * <p>Concepts: an actor code is a country (ISO 3166-1 alpha-3, or {@code IGO} for international organisations)
 * followed by role codes ({@code GOV}, {@code MIL}, {@code BUS}, {@code MED}, {@code ELI} for former office
 * holders); {@code RUSGOV} is the Russian government, {@code MED} a journalist of no stated country. The article's
 * own words come first: the title phrase around a name, found by small {@link dev.dossier.actors.TitleFinder}
 * strategies and read by {@code TitleReader}; the reference tables come second, and among them the dated ones
 * (our office holders, then the actor base derived from PETRARCH) are read on the article's publication date:
 * they complete what the title leaves open (a country for "the minister Diego Molano", a role for a bare name) but
 * never overrule a country and role the text gives.
 *
 * <p>Traps: a title held under someone else ("Putin's aide") takes its country from the possessor, so possessors
 * are coded first (with a guard against cycles); "counterpart" means the possessor's own title in another country;
 * the parse attaches a name to its title noun by {@code dep} or {@code appos} as often as by {@code compound}; a
 * country possessor ("Russia's president") gives a country, not a title chain; the institutions table's bare
 * "Senate" or "Congress" is the American one only until another country modifies it ("Rwanda's Senate"); names
 * and countries listed with "respectively" pair in order, and the pairing wins over the title and the tables.
 */
package dev.dossier.actors;
