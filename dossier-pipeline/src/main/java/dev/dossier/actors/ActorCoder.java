package dev.dossier.actors;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.pipeline.Annotator;
import dev.dossier.reference.ActorBase;
import dev.dossier.reference.Leaders;
import dev.dossier.reference.ReferenceData;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gives each entity a CAMEO-style actor code (country ISO 3166-1 alpha-3 plus role codes) and its role in words.
 *
 * <p>Needs {@link Layer#ENTITIES}, {@link Layer#TOKENS}, {@link Layer#DEPENDENCIES} and {@link Layer#MENTIONS}.
 * Adds {@link Layer#ACTORS}: one actor per entity the article or the reference data says something about.
 * <ul>
 *   <li>countries: their ISO code alone ({@code RUS});</li>
 *   <li>institutions, companies and media in the reference table: the table's code ({@code USAGOV} for the White
 *       House, {@code RUSBUS} for Rosneft);</li>
 *   <li>people and other organisations: the title phrase written around any of their names, found by the injected
 *       {@link TitleFinder}s and read for a role word, a nationality or country, an institution, "former", and a
 *       possessor: "Russian Foreign Minister Sergey Lavrov" is {@code RUSGOV}, "Foreign Minister of Russia";
 *       "President Putin's aide Yury Ushakov" inherits Putin's country: {@code RUSGOV}, "aide to the President of
 *       Russia"; "his US counterpart Donald Trump" holds his possessor's title in the United States; "journalist
 *       Pavel Zarubin" is {@code MED} with no country; a former office holder gets the role {@code ELI}.</li>
 * </ul>
 * What the text leaves open (no country, or no role) is completed from the dated tables on the publication date:
 * our own office holders ({@link Leaders}: a bare "Obama" in 2014 is {@code USAGOV}, in 2019 {@code USAELI}), then
 * the actor base derived from PETRARCH's dictionaries ({@link ActorBase}: "Boko Haram" is {@code NGAREB}, "Nikol
 * Pashinyan" {@code ARM}...). A code applies only within its dates. Locations get no actor. Options: the title
 * finders (default {@link TitleFinder#standard}), the reference data, the office holders (default
 * {@link Leaders#standard()}) and the actor base (default {@link ActorBase#standard()}).
 */
public final class ActorCoder implements Annotator {

    private final ReferenceData data;
    private final List<TitleFinder> finders;
    private final Leaders leaders;
    private final ActorBase base;

    public ActorCoder(ReferenceData data, List<TitleFinder> finders, Leaders leaders, ActorBase base) {
        this.data = Objects.requireNonNull(data, "reference data");
        this.finders = List.copyOf(finders);
        this.leaders = Objects.requireNonNull(leaders, "leaders");
        this.base = Objects.requireNonNull(base, "actor base");
    }

    /** A coder with the shipped office holders and actor base ({@link Leaders#standard()}, {@link ActorBase#standard()}). */
    public ActorCoder(ReferenceData data, List<TitleFinder> finders) {
        this(data, finders, Leaders.standard(), ActorBase.standard());
    }

    /** A coder with the shipped reference tables and the standard title finders. */
    public ActorCoder() {
        this(ReferenceData.standard(), TitleFinder.standard(ReferenceData.standard().roles()));
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ENTITIES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("titleFinders", String.join(",", finders.stream().map(f -> f.getClass().getSimpleName()).toList()));
    }

    @Override
    public Document annotate(Document document) {
        return document.withActors(new Coding(document, data, finders, leaders, base).run());
    }
}
