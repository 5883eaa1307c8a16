package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.pipeline.AnnotatorContract;
import dev.dossier.pipeline.Annotator;

import java.util.List;

class SpeakerResolverContractTest extends AnnotatorContract {

    @Override
    protected Annotator annotator() {
        return new SpeakerResolver();
    }

    @Override
    protected List<Document> inputs() {
        Document empty = SpeakerResolverTest.document();
        return List.of(SpeakerResolverTest.document(), empty.withQuotes(List.of()));
    }
}
