package dev.dossier.pipeline;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    /** Splits on spaces: one sentence, one token per word. */
    static final class SpaceTokenizer implements Annotator {
        @Override
        public String name() {
            return "space-tokenizer";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> produces() {
            return Set.of(Layer.SENTENCES, Layer.TOKENS);
        }

        @Override
        public Document annotate(Document d) {
            if (d.text().contains("FAIL")) {
                throw new IllegalStateException("told to fail");
            }
            var tokens = new java.util.ArrayList<Token>();
            var m = java.util.regex.Pattern.compile("\\S+").matcher(d.text());
            while (m.find()) {
                tokens.add(new Token(tokens.size(), 0, new Span(m.start(), m.end()), m.group(), "NN", null, null));
            }
            return d.withSentencesAndTokens(List.of(new Sentence(0, new Span(0, d.text().length()), 0, tokens.size())),
                    tokens);
        }
    }

    static final class NeedsQuotes implements Annotator {
        @Override
        public String name() {
            return "needs-quotes";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.QUOTES, Layer.TOKENS);
        }

        @Override
        public Set<Layer> produces() {
            return Set.of(Layer.EVENTS);
        }

        @Override
        public Document annotate(Document d) {
            return d.withEvents(List.of());
        }
    }

    static Document doc(String id, String text) {
        return Document.of(Article.of(id, text, LocalDate.of(2025, 11, 16)));
    }

    @Test
    void refusesToBuildWhenARequiredLayerIsMissing() {
        var e = assertThrows(PipelineConfigurationException.class,
                () -> Pipeline.builder().add(new SpaceTokenizer()).add(new NeedsQuotes()).build());
        assertTrue(e.getMessage().contains("needs-quotes"), e.getMessage());
        assertTrue(e.getMessage().contains("[QUOTES]"), e.getMessage());
    }

    @Test
    void buildsWhenInputsAreGiven() {
        Pipeline p = Pipeline.builder().add(new NeedsQuotes()).build(Set.of(Layer.QUOTES, Layer.TOKENS));
        assertEquals(1, p.annotators().size());
    }

    @Test
    void annotatesManyInOrderAndReportsFailuresWithoutStopping() {
        Pipeline p = Pipeline.builder().add(new SpaceTokenizer()).build();
        List<Document> docs = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> doc("d" + i, i == 7 ? "FAIL here" : "word ".repeat(i + 1))).toList();
        List<Outcome> out;
        try (Stream<Outcome> s = p.annotateAll(docs.stream(), 2)) {
            out = s.toList();
        }
        assertEquals(50, out.size());
        for (int i = 0; i < 50; i++) {
            assertEquals("d" + i, out.get(i).id());
        }
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, out.get(7));
        assertTrue(failed.reason().contains("space-tokenizer") && failed.reason().contains("told to fail"), failed.reason());
        assertEquals(13, ((Outcome.Done) out.get(12)).document().tokens().size());
    }

    @Test
    void timesEachStage() {
        Pipeline p = Pipeline.builder().add(new SpaceTokenizer()).build();
        assertEquals(java.time.Duration.ZERO, p.stageTimes().get("space-tokenizer"));
        p.annotate(doc("a", "one two three"));
        assertTrue(p.stageTimes().get("space-tokenizer").toNanos() > 0);
    }

    @Test
    void provenanceNamesEveryStageAndHashesTheConfiguration() {
        Pipeline p = Pipeline.builder().add(new SpaceTokenizer()).build();
        assertEquals("space-tokenizer", p.provenance().components().get(0).name());
        assertEquals(16, p.provenance().configHash().length());
    }
}
