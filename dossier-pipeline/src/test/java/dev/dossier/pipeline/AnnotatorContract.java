package dev.dossier.pipeline;

import dev.dossier.model.Annotation;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.Layer;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every annotator keeps, checked on documents its test class supplies: the input is not changed,
 * only declared layers change, every span lies inside the text, sentences and tokens move forward, and the
 * annotator's required layers are present on the inputs. Extend it once per annotator.
 */
public abstract class AnnotatorContract {

    /** The annotator under test. */
    protected abstract Annotator annotator();

    /** Documents that carry the annotator's required layers. */
    protected abstract List<Document> inputs();

    @Test
    void inputsCarryTheRequiredLayers() {
        for (Document d : inputs()) {
            assertTrue(d.layers().containsAll(annotator().requires()),
                    annotator().name() + " requires " + annotator().requires() + " but the input has " + d.layers());
        }
    }

    @Test
    void leavesItsInputUnchangedAndWritesOnlyWhatItDeclares() {
        for (Document in : inputs()) {
            Map<Layer, List<?>> before = snapshot(in);
            Set<Layer> layersBefore = EnumSet.noneOf(Layer.class);
            layersBefore.addAll(in.layers());
            String printed = in.toString();
            Document out = annotator().annotate(in);
            assertEquals(layersBefore, in.layers(), "input document's layers changed");
            assertEquals(before, snapshot(in), "input document changed");
            assertEquals(printed, in.toString(), "input document changed in a nested value");
            assertEquals(in.article(), out.article(), "article changed");
            Set<Layer> expected = EnumSet.copyOf(in.layers().isEmpty() ? EnumSet.noneOf(Layer.class) : in.layers());
            expected.addAll(annotator().produces());
            assertEquals(expected, out.layers(), "layers after " + annotator().name());
            for (Layer layer : Layer.values()) {
                if (!annotator().produces().contains(layer)) {
                    assertEquals(layerOf(in, layer), layerOf(out, layer), annotator().name()
                            + " changed layer " + layer + " which it does not declare");
                }
            }
        }
    }

    @Test
    void spansLieInsideTheTextAndMoveForward() {
        for (Document in : inputs()) {
            Document out = annotator().annotate(in);
            int length = out.text().length();
            out.annotations().map(Annotation::span).forEach(s ->
                    assertTrue(s.end() <= length, "span " + s + " past the end " + length));
            int last = -1;
            for (Sentence s : out.sentences()) {
                assertTrue(s.span().start() >= last, "sentences go backwards at " + s);
                last = s.span().end();
            }
            last = -1;
            for (Token t : out.tokens()) {
                assertTrue(t.span().start() >= last, "tokens go backwards at " + t);
                assertEquals(out.text(t.span()), t.text(), "token text differs from its span");
                last = t.span().end();
            }
        }
    }

    /**
     * Copies of every layer's list, made before the annotator runs, so that a change to the input shows as a
     * difference rather than comparing the input with itself.
     */
    private static Map<Layer, List<?>> snapshot(Document d) {
        Map<Layer, List<?>> copy = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            copy.put(layer, new ArrayList<>((List<?>) layerOf(d, layer)));
        }
        return copy;
    }

    private static Object layerOf(Document d, Layer layer) {
        return switch (layer) {
            case SENTENCES -> d.sentences();
            case TOKENS -> d.tokens();
            case DEPENDENCIES -> d.dependencies();
            case MENTIONS -> d.mentions();
            case TIMES -> d.times();
            case ENTITIES -> d.entities().stream().map(e -> e.withPlace(null)).toList();
            case PLACES -> d.entities().stream().filter(e -> e.place() != null)
                    .map(e -> e.id() + "=" + e.place()).toList();
            case ACTORS -> d.actors();
            case QUOTES -> d.quotes();
            case EVENTS -> d.events();
        };
    }
}
