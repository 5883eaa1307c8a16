package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.pipeline.AnnotatorContract;
import dev.dossier.pipeline.Annotator;

import java.util.List;

class QuoteFinderContractTest extends AnnotatorContract {

    @Override
    protected Annotator annotator() {
        return new QuoteFinder();
    }

    @Override
    protected List<Document> inputs() {
        return List.of(Sentences.saidThat(), Sentences.quoteThenCue(), Sentences.garbledClosingReport(),
                Sentences.accordingTo(), Sentences.headline(), Sentences.continuedQuote());
    }
}
