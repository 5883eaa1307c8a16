package dev.dossier.entities;

import dev.dossier.model.Document;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.AnnotatorContract;

import java.util.List;

class EntityResolverContractTest extends AnnotatorContract {

    @Override
    protected Annotator annotator() {
        return new EntityResolver();
    }

    @Override
    protected List<Document> inputs() {
        return LiteralArticles.all();
    }
}
