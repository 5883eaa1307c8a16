/**
 * Places: every country and location entity resolved to a place of the GeoNames gazetteer, with coordinates
 * ({@link dev.dossier.places.PlaceResolver}, ranked by {@link dev.dossier.places.PlaceRanking}).
 *
 * <p>Concepts: a <em>toponym</em> is a place entity of the article with the names it goes by; its
 * <em>candidates</em> are the gazetteer's places of those names; the <em>context</em> is what the article's other
 * places imply (the countries and regions they lie in). The gazetteer ({@link dev.dossier.places.Gazetteer}) is
 * derived from GeoNames by {@code tools/geonames/build.sh}: towns of 15,000 people or more, every capital and
 * first- and second-order seat, the admin1 regions, the countries with their FIPS 10-4 codes, the continents, and a
 * short hand-written list of regions and seas news names ({@code tools/geonames/regions.tsv}: Darfur, Black Sea).
 *
 * <p>Traps: most names are ambiguous ("Georgia", "Washington", "Santa Ana"), and the largest candidate is right only
 * without context; a region that bears its seat's name ("Odesa") is the city in news unless the text says region.
 * CoreNLP sometimes splits a name ("South" | "Sudan"), and the entity stage merges a capital that acts ("Nairobi
 * said") into its country, so such a mention carries the country's place.
 * Countries, regions and continents are drawn from several GeoNames records and carry no GeoNames id (0); their
 * point is the country's centre as public references give it, a region's the middle of its towns' extent.
 * Adjectives ("Syrian") never name a place.
 */
package dev.dossier.places;
