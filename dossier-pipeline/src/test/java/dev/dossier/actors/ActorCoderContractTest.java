package dev.dossier.actors;

import dev.dossier.entities.EntityResolver;
import dev.dossier.entities.LiteralArticles;
import dev.dossier.model.Document;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.AnnotatorContract;

import java.util.List;

class ActorCoderContractTest extends AnnotatorContract {

    @Override
    protected Annotator annotator() {
        return new ActorCoder();
    }

    @Override
    protected List<Document> inputs() {
        EntityResolver resolver = new EntityResolver();
        return LiteralArticles.all().stream().map(resolver::annotate).toList();
    }
}
