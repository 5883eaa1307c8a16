package dev.dossier.places;

import dev.dossier.model.GeoPlace;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks the candidate places of an article's place names together. A candidate's score is its own weight (the log
 * of its population and a bonus by kind: continents and countries first, then capitals, regions and seats), what
 * the text says of the kind ("the Odesa region", a name tagged as a city), the place that holds it ("Paris, Texas"),
 * and the article's other places: the countries and first-order regions its other choices lie in ("Georgia" is the
 * state beside Atlanta, the country beside Tbilisi) and the publication's own country. A region named after its
 * seat ("Odesa") yields to the city unless the text says region. The choices are ranked again in the light of each
 * other until they no longer change, at most {@link PlaceResolver#ROUNDS} times.
 */
final class PlaceRanking {

    static final String COUNTRY = "country";
    static final String REGION = "region";
    static final String SETTLEMENT = "settlement";
    /** The name is followed by a word for a region ("Odesa region", "Washington state"). */
    static final String REGION_NAMED = "region-named";
    /** The name is followed by "city". */
    static final String SETTLEMENT_NAMED = "settlement-named";

    static final Set<String> REGION_WORDS = Set.of("state", "province", "region", "oblast", "governorate",
            "prefecture", "territory", "county", "district", "krai");

    /**
     * One place name of the article: an entity and its candidates.
     *
     * @param entityId   the entity
     * @param candidates places bearing one of its names
     * @param hints      what the text around its names says
     */
    record Toponym(String entityId, List<GeoPlace> candidates, Hints hints) {
        Toponym {
            Objects.requireNonNull(entityId, "entity id");
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * What the words around a place's names say.
     *
     * @param kinds      kinds of place the text points to ({@link #COUNTRY}, {@link #REGION}, ...)
     * @param containers where the names that follow it after a comma start ("Paris, Texas": where "Texas" starts)
     * @param starts     where its own names start
     */
    record Hints(Set<String> kinds, List<Integer> containers, List<Integer> starts) {
        Hints {
            kinds = Set.copyOf(kinds);
            containers = List.copyOf(containers);
            starts = List.copyOf(starts);
        }

        static Hints none() {
            return new Hints(Set.of(), List.of(), List.of());
        }
    }

    private final String publicationCountry;

    /** @param publicationCountry ISO alpha-3 code of the publication's country, or null */
    PlaceRanking(String publicationCountry) {
        this.publicationCountry = publicationCountry;
    }

    /** The chosen place of each toponym, in order (never null for a toponym with candidates). */
    List<GeoPlace> choose(List<Toponym> toponyms) {
        GeoPlace[] chosen = new GeoPlace[toponyms.size()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = best(toponyms, i, null);
        }
        for (int round = 1; round < PlaceResolver.ROUNDS; round++) {
            GeoPlace[] next = new GeoPlace[chosen.length];
            for (int i = 0; i < chosen.length; i++) {
                next[i] = best(toponyms, i, chosen);
            }
            if (Arrays.equals(next, chosen)) {
                break;
            }
            chosen = next;
        }
        return Arrays.asList(chosen);
    }

    private GeoPlace best(List<Toponym> toponyms, int i, GeoPlace[] context) {
        Toponym t = toponyms.get(i);
        GeoPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GeoPlace c : t.candidates()) {
            double s = prior(c, t) + hinted(c, t.hints()) + (context == null ? 0 : context(c, toponyms, i, context));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /** The place's own weight among the candidates of one name. */
    static double prior(GeoPlace c, Toponym t) {
        double s = Math.log10(c.population() + 1.0);
        s += switch (c.featureCode()) {
            case "CONT" -> 10;
            case "PCLI" -> 3;
            case "PPLC" -> 2.5;
            case "ADM1", "PPLA", "PPLG" -> 1;
            case "PPLA2" -> 0.5;
            case "RGN", "SEA", "GULF", "OCN", "STRT", "PEN", "MTS", "AREA" -> 6;
            default -> 0;
        };
        if (c.isRegion() && !t.hints().kinds().contains(REGION_NAMED)) {
            for (GeoPlace other : t.candidates()) {
                if (other.isSettlement() && Objects.equals(other.country(), c.country())
                        && Objects.equals(other.admin1(), c.admin1())) {
                    return s - 1.5;
                }
            }
        }
        return s;
    }

    private static double hinted(GeoPlace c, Hints h) {
        double s = 0;
        if (c.isCountry() && h.kinds().contains(COUNTRY)) {
            s += 2;
        }
        if (c.isRegion() && h.kinds().contains(REGION)) {
            s += 1;
        }
        if (c.isSettlement() && h.kinds().contains(SETTLEMENT)) {
            s += 1;
        }
        if (c.isRegion() && h.kinds().contains(REGION_NAMED)) {
            s += 3;
        }
        if (c.isSettlement() && h.kinds().contains(SETTLEMENT_NAMED)) {
            s += 2;
        }
        return s;
    }

    private double context(GeoPlace c, List<Toponym> toponyms, int self, GeoPlace[] chosen) {
        double s = 0;
        boolean countryNamed = false;
        int sameCountry = 0;
        boolean sameRegion = false;
        for (int j = 0; j < chosen.length; j++) {
            GeoPlace o = chosen[j];
            if (j == self || o == null || o.country() == null || !o.country().equals(c.country())) {
                continue;
            }
            if (o.isCountry()) {
                countryNamed = true;
            } else {
                sameCountry++;
                sameRegion |= c.admin1() != null && c.admin1().equals(o.admin1()) && !c.isCountry();
            }
        }
        if (sameCountry > 0) {
            s += sameCountry > 1 ? 3 : 2.5;
        }
        if (countryNamed && !c.isCountry()) {
            s += 1;
        }
        if (sameRegion) {
            s += 2;
        }
        if (publicationCountry != null && publicationCountry.equals(c.country())) {
            s += 1;
        }
        for (int at : toponyms.get(self).hints().containers()) {
            for (int j = 0; j < chosen.length; j++) {
                if (j != self && chosen[j] != null && toponyms.get(j).hints().starts().contains(at)) {
                    s += within(c, chosen[j]) ? 4 : 0;
                }
            }
        }
        return s;
    }

    /** True when {@code c} lies in {@code holder} (a country or a region). */
    private static boolean within(GeoPlace c, GeoPlace holder) {
        if (c == holder || c.country() == null || !c.country().equals(holder.country())) {
            return false;
        }
        return holder.isCountry() || (holder.isRegion() && !c.isRegion() && Objects.equals(c.admin1(), holder.admin1()));
    }
}
