package dev.dossier.pipeline;

import dev.dossier.model.Document;

import java.util.List;

class SpaceTokenizerContractTest extends AnnotatorContract {

    @Override
    protected Annotator annotator() {
        return new PipelineTest.SpaceTokenizer();
    }

    @Override
    protected List<Document> inputs() {
        return List.of(PipelineTest.doc("a", "Moscow praised Washington."), PipelineTest.doc("b", "One"));
    }
}
