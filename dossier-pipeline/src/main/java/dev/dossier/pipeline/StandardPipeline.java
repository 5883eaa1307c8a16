package dev.dossier.pipeline;

import dev.dossier.actors.ActorCoder;
import dev.dossier.entities.EntityResolver;
import dev.dossier.events.EventCoder;
import dev.dossier.nlp.CoreNlpAnalyzer;
import dev.dossier.nlp.CoreNlpConfig;
import dev.dossier.places.PlaceResolver;
import dev.dossier.quotes.QuoteFinder;
import dev.dossier.quotes.SpeakerResolver;
import dev.dossier.time.TimeNormalizer;

/**
 * Dossier's standard analysis: CoreNLP, then dates, entities, places, actors, quotes and events. The one place where the
 * stages are put together and their configurations bound.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** Builds the full pipeline; loads the models (about 15 s). */
    public static Pipeline create(CoreNlpConfig nlp) {
        return Pipeline.builder()
                .add(new CoreNlpAnalyzer(nlp))
                .add(new TimeNormalizer())
                .add(new EntityResolver())
                .add(new PlaceResolver())
                .add(new ActorCoder())
                .add(new QuoteFinder())
                .add(new SpeakerResolver())
                .add(new EventCoder())
                .build();
    }

    public static Pipeline create() {
        return create(CoreNlpConfig.defaults());
    }
}
