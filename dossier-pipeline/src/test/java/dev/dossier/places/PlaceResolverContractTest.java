package dev.dossier.places;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.AnnotatorContract;

import java.util.List;
import java.util.Map;

class PlaceResolverContractTest extends AnnotatorContract {

    @Override
    protected Annotator annotator() {
        return new PlaceResolver();
    }

    @Override
    protected List<Document> inputs() {
        return List.of(
                PlaceTexts.of("Envoys met in Vienna.\nThe Austrian delegation left for Graz.", Map.of(),
                        Map.of("Vienna", EntityType.LOCATION, "Graz", EntityType.LOCATION,
                                "Austrian", EntityType.COUNTRY)),
                PlaceTexts.of("Nothing here.", Map.of(), Map.of()));
    }
}
