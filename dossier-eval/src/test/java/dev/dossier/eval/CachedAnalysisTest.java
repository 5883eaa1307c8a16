package dev.dossier.eval;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.LiteralDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CachedAnalysisTest {

    private static final String TEXT = "They met on Sunday.";

    /** Stands for CoreNLP: gives tokens, a dependency and one time expression, and counts its calls. */
    private static final class Analyzer implements Annotator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> produces() {
            return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.TIMES);
        }

        @Override
        public Document annotate(Document document) {
            calls.incrementAndGet();
            Document d = LiteralDocs.text(document.text()).published(document.article().published())
                    .tokens("They/PRP met/VBD on/IN Sunday/NNP/DATE ./.")
                    .deps("nsubj(1,0) root(-1,1) case(3,2) obl(1,3) punct(1,4)").build();
            return d.withTimes(List.of(new TimeExpression(new Span(12, 18), "Sunday", TimeExpression.Type.DATE,
                    Timex.of("2025-11-16"), 0)));
        }
    }

    private static Document article(LocalDate published) {
        return Document.of(dev.dossier.model.Article.of("a", TEXT, published));
    }

    @Test
    void secondRunReadsTheCacheWithoutTheDelegate(@TempDir Path dir) {
        Analyzer fake = new Analyzer();
        Document first = new CachedAnalysis(dir, "fake", "1", Map.of(), () -> fake)
                .annotate(article(LocalDate.of(2025, 11, 16)));
        Analyzer unused = new Analyzer();
        Document second = new CachedAnalysis(dir, "fake", "1", Map.of(), () -> unused)
                .annotate(article(LocalDate.of(2025, 11, 16)));
        assertEquals(1, fake.calls.get());
        assertEquals(0, unused.calls.get());
        assertEquals(first.tokens(), second.tokens());
        assertEquals(first.sentences(), second.sentences());
        assertEquals(first.dependencies(), second.dependencies());
        assertEquals(first.times(), second.times());
        assertEquals(first.layers(), second.layers());
    }

    @Test
    void anotherDateOrVersionIsAnotherKey(@TempDir Path dir) {
        Analyzer fake = new Analyzer();
        new CachedAnalysis(dir, "fake", "1", Map.of(), () -> fake).annotate(article(LocalDate.of(2025, 11, 16)));
        new CachedAnalysis(dir, "fake", "1", Map.of(), () -> fake).annotate(article(LocalDate.of(2025, 11, 17)));
        new CachedAnalysis(dir, "fake", "2", Map.of(), () -> fake).annotate(article(LocalDate.of(2025, 11, 16)));
        assertEquals(3, fake.calls.get());
    }
}
