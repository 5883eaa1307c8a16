package dev.dossier.entities;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.pipeline.Annotator;
import dev.dossier.reference.ReferenceData;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges an article's mentions into entities with canonical names.
 *
 * <p>Needs {@link Layer#SENTENCES}, {@link Layer#TOKENS}, {@link Layer#DEPENDENCIES} and {@link Layer#MENTIONS}.
 * Adds {@link Layer#ENTITIES}, numbered {@code e1, e2...} in order of first mention:
 * <ul>
 *   <li>people: "Russian President Vladimir Putin", "President Putin" and "Putin" become one entity named by the
 *       fullest name without titles or nationality words; a surname or first name joins the most recently mentioned
 *       person whose name contains it; a surname inside another name ("the Trump-Putin summit", "the Trump
 *       doctrine") joins that person;</li>
 *   <li>countries: names ("US", "Russia"), adjectives ("Russian") and capitals used for their governments
 *       ("Moscow said", "Washington's willingness") become one {@code COUNTRY} entity with the reference name; a
 *       capital after a locative preposition ("a summit in Budapest") stays a {@code LOCATION};</li>
 *   <li>institutions, companies and media from the reference table become {@code ORGANIZATION} entities with their
 *       table name, also where the tagger missed or mistyped them ("White House" as a location);</li>
 *   <li>descriptions and pronouns join the entity their coreference chain names; a chain with no name, and a
 *       definite description outside any chain ("the official"), joins the person it describes
 *       ({@link DescriptionLinker});</li>
 *   <li>title-only mentions ("President", "journalist") are not entities: the actor stage reads them as roles.</li>
 * </ul>
 *
 * <p>Options ({@link Options}): the prepositions that make a capital a place (default in, at, near, outside,
 * inside, around, across, throughout, within, into), how many sentences back a description may look for its
 * person (default 4), and how many sentences back a personal pronoun that coreference left alone ("Earlier in
 * November, he called...") may look for the last person named (default 1).
 */
public final class EntityResolver implements Annotator {

    /**
     * Settings of the resolver.
     *
     * @param locativePrepositions    prepositions before a capital that make it a place rather than a government
     * @param maxDescriptionDistance  sentences a description may look back for the person it describes
     * @param maxPronounDistance      sentences a personal pronoun outside any coreference chain may look back for
     *                                the last person named; -1 leaves such pronouns unlinked
     */
    public record Options(Set<String> locativePrepositions, int maxDescriptionDistance, int maxPronounDistance) {

        public Options {
            locativePrepositions = Set.copyOf(locativePrepositions);
            if (maxDescriptionDistance < 0) {
                throw new IllegalArgumentException("maxDescriptionDistance must be >= 0, got " + maxDescriptionDistance);
            }
            if (maxPronounDistance < -1) {
                throw new IllegalArgumentException("maxPronounDistance must be >= -1, got " + maxPronounDistance);
            }
        }

        public static Options defaults() {
            return new Options(Set.of("in", "at", "near", "outside", "inside", "around", "across", "throughout",
                    "within", "into"), 4, 1);
        }
    }

    private final ReferenceData data;
    private final Options options;

    public EntityResolver(ReferenceData data, Options options) {
        this.data = Objects.requireNonNull(data, "reference data");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A resolver with the shipped reference tables and default options. */
    public EntityResolver() {
        this(ReferenceData.standard(), Options.defaults());
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("locativePrepositions", String.join(",", new java.util.TreeSet<>(options.locativePrepositions())),
                "maxDescriptionDistance", Integer.toString(options.maxDescriptionDistance()),
                "maxPronounDistance", Integer.toString(options.maxPronounDistance()));
    }

    @Override
    public Document annotate(Document document) {
        return document.withEntities(new Resolution(document, data, options).run());
    }
}
