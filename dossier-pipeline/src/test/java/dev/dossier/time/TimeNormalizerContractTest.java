package dev.dossier.time;

import dev.dossier.model.Document;
import dev.dossier.model.TimeExpression;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.AnnotatorContract;
import dev.dossier.time.TaggedText.Time;

import java.util.List;

class TimeNormalizerContractTest extends AnnotatorContract {

    @Override
    protected Annotator annotator() {
        return new TimeNormalizer();
    }

    @Override
    protected List<Document> inputs() {
        return List.of(
                TaggedText.doc("2025-11-16", "They/PRP met/VBD on/IN Sunday/NNP ./. Sales/NNS fell/VBD last/JJ month/NN ./.",
                        Time.date("Sunday"), Time.date("last month")),
                TaggedText.doc("1998-01-08", "It/PRP lasted/VBD three/CD weeks/NNS ./.",
                        new Time("three weeks", TimeExpression.Type.DURATION, "P3W")),
                TaggedText.doc(null, "Nothing/NN happened/VBD ./."));
    }
}
