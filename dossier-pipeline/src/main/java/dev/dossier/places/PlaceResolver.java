package dev.dossier.places;

import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.GeoPlace;
import dev.dossier.model.Layer;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Token;
import dev.dossier.pipeline.Annotator;
import dev.dossier.reference.Countries;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves each place entity (a country or location) to a place of the {@link Gazetteer}: its candidates are the
 * places that bear one of its names; {@link PlaceRanking} ranks them by their own weight (kind, population), by
 * what the text says around the name ("Paris, Texas", "Odesa region", the named-entity class) and by the other
 * places of the article, until the choices stop changing.
 *
 * <p>Needs tokens and entities; adds {@link Layer#PLACES} (the {@link Entity#place()} of each place entity it
 * resolves). Adjectives and demonyms ("Syrian") are not names of places: a country entity mentioned only through
 * them gets no place. A name that is part of a longer name of the same entity ("Valley" beside "Rift Valley") gives
 * no candidates of its own. Options ({@link Config}): the gazetteer (default {@link Gazetteer#standard()}), the country
 * table whose adjectives are set aside (default {@link Countries#standard()}).
 */
public final class PlaceResolver implements Annotator {

    /** Words that name no place alone: "the South", "the West". */
    static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "central", "northern", "southern",
            "eastern", "western", "midwest", "valley", "bay", "union", "island", "islands", "coast", "city");

    /** How many times the choices are ranked again in the light of each other (at most). */
    static final int ROUNDS = 3;

    /**
     * Configuration.
     *
     * @param gazetteer the places names resolve to
     * @param countries countries whose adjectives and demonyms are not place names
     */
    public record Config(Gazetteer gazetteer, Countries countries) {
        public static Config defaults() {
            return new Config(Gazetteer.standard(), Countries.standard());
        }
    }

    private final Config config;

    public PlaceResolver(Config config) {
        this.config = config;
    }

    public PlaceResolver() {
        this(Config.defaults());
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.PLACES);
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("gazetteer", Gazetteer.RESOURCE, "gazetteerSha256", config.gazetteer().digest(),
                "places", Integer.toString(config.gazetteer().size()), "rounds", Integer.toString(ROUNDS));
    }

    @Override
    public Document annotate(Document doc) {
        List<PlaceRanking.Toponym> toponyms = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION) {
                toponym(doc, e).ifPresent(toponyms::add);
            }
        }
        Map<String, GeoPlace> resolved = new HashMap<>();
        List<GeoPlace> chosen = new PlaceRanking(publicationCountry(doc.article().url())).choose(toponyms);
        for (int i = 0; i < toponyms.size(); i++) {
            if (chosen.get(i) != null) {
                resolved.put(toponyms.get(i).entityId(), chosen.get(i));
            }
        }
        return doc.withPlaces(resolved);
    }

    private java.util.Optional<PlaceRanking.Toponym> toponym(Document doc, Entity e) {
        Set<String> names = new LinkedHashSet<>();
        List<EntityMention> named = new ArrayList<>();
        for (EntityMention m : e.mentions()) {
            if (m.kind() == MentionKind.NAME && !isAdjective(m.text())) {
                names.add(m.text());
                extended(doc, m).ifPresent(names::add);
                named.add(m);
            }
        }
        if (named.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (!isAdjective(e.name())) {
            names.add(e.name());
        }
        names.removeIf(n -> GENERIC.contains(Gazetteer.key(n)));
        Set<GeoPlace> candidates = new LinkedHashSet<>();
        List<String> longestFirst = names.stream().sorted((a, b) -> b.length() - a.length()).toList();
        List<String> tried = new ArrayList<>();
        for (String n : longestFirst) {
            if (tried.stream().noneMatch(longer -> containsWords(longer, n))) {
                candidates.addAll(config.gazetteer().candidates(n));
                tried.add(n);
            }
        }
        if (candidates.isEmpty()) {
            return java.util.Optional.empty();
        }
        PlaceRanking.Hints hints = hints(doc, e, named);
        return java.util.Optional.of(new PlaceRanking.Toponym(e.id(), List.copyOf(candidates), hints));
    }

    /**
     * The mention with the capitalised words that follow it, when together they name a place ("South" before
     * "Sudan": CoreNLP sometimes splits a name in two), up to three words more; else with the one or two capitalised
     * words before it ("Ocean" after "Indian").
     */
    private java.util.Optional<String> extended(Document doc, EntityMention m) {
        List<Token> tokens = doc.tokens();
        int next = firstTokenFrom(tokens, m.span().end());
        String found = null;
        for (int k = next; k < tokens.size() && k < next + 3; k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (t.sentence() != before.sentence() || t.span().start() - before.span().end() > 1
                    || !Character.isUpperCase(t.text().charAt(0))) {
                break;
            }
            String longer = doc.text().substring(m.span().start(), t.span().end());
            if (!config.gazetteer().candidates(longer).isEmpty()) {
                found = longer;
            }
        }
        int first = firstTokenFrom(tokens, m.span().start());
        for (int k = first - 1; found == null && k >= 0 && k >= first - 2; k--) {
            Token t = tokens.get(k);
            Token after = tokens.get(k + 1);
            if (t.sentence() != after.sentence() || after.span().start() - t.span().end() > 1
                    || !Character.isUpperCase(t.text().charAt(0))) {
                break;
            }
            String longer = doc.text().substring(t.span().start(), m.span().end());
            if (!config.gazetteer().candidates(longer).isEmpty()) {
                found = longer;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * True when {@code part} is a run of whole words inside {@code whole} ("South" in "South Sudan"): a partial
     * mention of a longer name, whose own candidates ("South", a region of Cameroon) are not what the entity is.
     */
    static boolean containsWords(String whole, String part) {
        String w = " " + Gazetteer.key(whole) + " ";
        String p = " " + Gazetteer.key(part) + " ";
        return w.length() > p.length() && w.contains(p);
    }

    private boolean isAdjective(String text) {
        return config.countries().byAdjective(text).isPresent() && config.countries().byName(text).isEmpty();
    }

    /** What the words around the names say about the kind of place and what holds it. */
    private static PlaceRanking.Hints hints(Document doc, Entity e, List<EntityMention> named) {
        Set<String> kinds = new LinkedHashSet<>();
        List<Integer> containers = new ArrayList<>();
        if (e.type() == EntityType.COUNTRY) {
            kinds.add(PlaceRanking.COUNTRY);
        }
        List<Token> tokens = doc.tokens();
        for (EntityMention m : named) {
            for (Token t : doc.tokensIn(m.span())) {
                switch (t.ner()) {
                    case "CITY" -> kinds.add(PlaceRanking.SETTLEMENT);
                    case "STATE_OR_PROVINCE" -> kinds.add(PlaceRanking.REGION);
                    case "COUNTRY" -> kinds.add(PlaceRanking.COUNTRY);
                    default -> { }
                }
            }
            int next = firstTokenFrom(tokens, m.span().end());
            if (next < tokens.size()) {
                String word = tokens.get(next).text().toLowerCase(Locale.ROOT);
                if (PlaceRanking.REGION_WORDS.contains(word)) {
                    kinds.add(PlaceRanking.REGION_NAMED);
                } else if (word.equals("city")) {
                    kinds.add(PlaceRanking.SETTLEMENT_NAMED);
                } else if (word.equals(",") && next + 1 < tokens.size()
                        && tokens.get(next + 1).sentence() == tokens.get(next).sentence()) {
                    containers.add(tokens.get(next + 1).span().start());
                }
            }
        }
        return new PlaceRanking.Hints(kinds, containers, named.stream().map(m -> m.span().start()).toList());
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The country of a publication's web address by its country-code domain ("www.example.co.uk"), or null. */
    static String publicationCountry(String url) {
        if (url == null) {
            return null;
        }
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "").toLowerCase(Locale.ROOT);
        int dot = host.lastIndexOf('.');
        String tld = dot < 0 ? "" : host.substring(dot + 1);
        if (tld.length() != 2 || Set.of("tv", "io", "co", "me", "fm", "ai", "ly", "cc", "ws", "eu").contains(tld)) {
            return null;
        }
        try {
            String iso3 = Locale.of("", tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT)).getISO3Country();
            return iso3.isEmpty() ? null : iso3;
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }
}
