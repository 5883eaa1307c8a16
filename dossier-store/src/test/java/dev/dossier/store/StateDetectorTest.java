package dev.dossier.store;

import dev.dossier.eval.SharedData;
import dev.dossier.io.TextFileReader;
import dev.dossier.io.InputLimits;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateDetectorTest {

    private final StateDetector detector = new StateDetector();

    private static Document doc(String text) {
        return Document.of(new Article("t", "", text, LocalDate.of(2025, 11, 16), "Wire", null, "en"));
    }

    private static List<String> claims(List<StateClaim> claims) {
        return claims.stream().map(c -> c.subject() + ":" + c.standing().label() + "@" + c.asOf()).toList();
    }

    @Test
    void namesSubjectsByModifierPlaceOrWhereTheyWereReached() {
        List<StateClaim> c = detector.detect(doc("The ceasefire reached in Doha is still in force, he said. "
                + "A summit in Oslo was called off. The Lima talks were postponed."));
        assertEquals(List.of("Doha ceasefire:reached@2025-11-16", "Doha ceasefire:in force@2025-11-16",
                "Oslo summit:cancelled@2025-11-16", "Lima talks:postponed@2025-11-16"), claims(c));
        assertEquals("doha ceasefire", c.get(0).subjectKey());
    }

    @Test
    void aBareNounRefersToTheLastSubjectOfItsFamilyAndNegatedCuesAreDropped() {
        List<StateClaim> c = detector.detect(doc("The Rome accord was signed last year. The agreement is still valid "
                + "because nobody has said it is no longer valid."));
        assertEquals(List.of("Rome accord:reached@2025-11-16", "Rome accord:in force@2025-11-16"), claims(c));
    }

    @Test
    void claimsAboutWhatHappenedTakeTheSentencesDate() {
        String text = "The truce reached at the Cairo talks in August still stands. The Cairo truce was reached by "
                + "mediators.";
        int at = text.indexOf("August");
        Document d = doc(text).withTimes(List.of(new TimeExpression(new Span(at, at + 6), "August",
                TimeExpression.Type.DATE, Timex.of("2025-08"), 0)));
        List<StateClaim> c = detector.detect(d);
        assertEquals(List.of("Cairo truce:reached@2025-08-01", "Cairo truce:in force@2025-11-16"), claims(c));
        assertEquals("2025-08", c.get(0).asOfText());
    }

    @Test
    void ordinaryNounsWithoutANameAreNotTracked() {
        assertTrue(detector.detect(doc("The meeting was postponed. Talks were cancelled. A deal was signed.")).isEmpty());
    }

    @Test
    void theExampleArticleGivesBothTimelines() throws Exception {
        Path file = SharedData.resolve("examples/alaska-understanding/article.txt").orElse(null);
        Assumptions.assumeTrue(file != null, "shared data not available");
        Article a = new TextFileReader(InputLimits.defaults()).read(file, LocalDate.of(2025, 11, 16));
        List<String> c = claims(detector.detect(Document.of(a)));
        assertTrue(c.contains("Alaska understanding:reached@2025-11-16"), c.toString());
        assertTrue(c.contains("Alaska understanding:in force@2025-11-16"), c.toString());
        assertTrue(c.contains("Budapest summit:announced@2025-11-16"), c.toString());
        assertTrue(c.contains("Budapest summit:postponed@2025-11-16"), c.toString());
        assertTrue(c.stream().noneMatch(s -> s.contains("void")), "'never ... no longer valid' is not a claim: " + c);
    }
}
