package dev.dossier.nlp;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.TimeExpression;
import dev.dossier.pipeline.AnnotatorContract;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.TestPipelines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpAnalyzerIT extends AnnotatorContract {

    private static final String TEXT = "Foreign ministers agree to meet again\n"
            + "Germany's foreign minister Annalena Baerbock met her Polish counterpart in Warsaw on Monday. "
            + "She said the two governments would hold talks next month. \u201cWe are ready,\u201d she told reporters.";

    private static Document doc() {
        return Document.of(new Article("t1", "", TEXT, LocalDate.of(2024, 3, 6), null, null, "en"));
    }

    @Override
    protected Annotator annotator() {
        return TestPipelines.coreNlp();
    }

    @Override
    protected List<Document> inputs() {
        return List.of(doc());
    }

    @Test
    void headlineWithoutPeriodIsItsOwnSentence() {
        Document d = annotator().annotate(doc());
        assertEquals("Foreign ministers agree to meet again", d.text(d.sentences().get(0).span()));
        assertEquals(4, d.sentences().size());
    }

    @Test
    void namesTimesAndCoreferenceComeThrough() {
        Document d = annotator().annotate(doc());
        assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals("Annalena Baerbock")
                && m.type() == EntityType.PERSON), d.mentions().toString());
        TimeExpression monday = d.times().stream().filter(t -> t.text().contains("Monday")).findFirst().orElseThrow();
        assertEquals("2024-03-04", monday.value().value());
        Mention baerbock = d.mentions().stream().filter(m -> m.text().equals("Annalena Baerbock")).findFirst().orElseThrow();
        assertTrue(baerbock.chain() >= 0, "Baerbock is in a coreference chain: " + d.mentions());
        assertTrue(d.mentions().stream().anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.chain() == baerbock.chain()),
                "a pronoun refers to Baerbock: " + d.mentions());
        assertTrue(d.dependencies().stream().anyMatch(dep -> dep.relation().equals("nsubj")));
    }
}
