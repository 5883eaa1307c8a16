package dev.dossier.eval;

import dev.dossier.model.Actor;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.Layer;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores analyses against hand-made expected analyses ({@code expected.json} beside {@code article.txt}, format in
 * the shared {@code gold/FORMAT.md}). Rows: {@code entities} (gold entity found by a mention), {@code entities.actor}
 * (with the right actor code, {@code *} matching anything), {@code quotes} (content span overlaps),
 * {@code quotes.speaker} (and the speaker is the gold entity), {@code times} and {@code times.value}, and when the
 * pipeline codes events {@code events}, {@code events.status} and {@code events.when} ({@link EventScoring}).
 * Precision counts extracted items matching a required or acceptable item; recall counts required items found.
 */
public final class ExpectedAnalysisEvaluation implements Evaluation {

    private static final Set<String> SCORED_TYPES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION");

    @Override
    public String name() {
        return "expected";
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        List<Path> dirs = exampleDirectories(gold);
        ScoreTable.Builder table = new ScoreTable.Builder("Expected analyses: " + dirs.size() + " article(s) under " + gold);
        for (Path dir : dirs) {
            ExpectedAnalysis expected = ExpectedAnalysis.read(dir.resolve("expected.json"));
            String text;
            try {
                text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + dir.resolve("article.txt"), e);
            }
            Article article = new Article(dir.getFileName().toString(), expected.title(), text, expected.published(),
                    null, null, "en");
            score(pipeline.annotate(Document.of(article)), expected, table);
        }
        return table.build();
    }

    private static List<Path> exampleDirectories(Path gold) {
        if (Files.exists(gold.resolve("expected.json"))) {
            return List.of(gold);
        }
        try (Stream<Path> s = Files.list(gold)) {
            return s.filter(d -> Files.exists(d.resolve("expected.json")) && Files.exists(d.resolve("article.txt")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + gold, e);
        }
    }

    /** Adds one document's scores to the table, with a note per miss and per spurious item. */
    public static void score(Document doc, ExpectedAnalysis expected, ScoreTable.Builder table) {
        String text = doc.text();
        String id = doc.id();
        Map<String, String> goldOf = mapEntities(doc, expected);

        int entityMatched = 0;
        int entityExtracted = 0;
        for (Entity e : doc.entities()) {
            if (SCORED_TYPES.contains(e.type().name())) {
                entityExtracted++;
                if (goldOf.containsKey(e.id())) {
                    entityMatched++;
                }
            }
        }
        int found = 0;
        int actorsFound = 0;
        int withActor = 0;
        for (ExpectedAnalysis.GoldEntity g : expected.entities()) {
            List<String> extracted = goldOf.entrySet().stream().filter(x -> x.getValue().equals(g.id()))
                    .map(Map.Entry::getKey).toList();
            if (!extracted.isEmpty()) {
                found++;
            } else {
                table.note(id + ": entity not found: " + g.name());
            }
            if (g.actor() != null) {
                withActor++;
                Pattern want = Pattern.compile(Pattern.quote(g.actor()).replace("*", "\\E.*\\Q"));
                boolean ok = extracted.stream().map(doc::actorOf).flatMap(java.util.Optional::stream)
                        .map(Actor::code).anyMatch(c -> want.matcher(c.toString()).matches());
                if (ok) {
                    actorsFound++;
                } else if (!extracted.isEmpty()) {
                    table.note(id + ": actor of " + g.name() + " is "
                            + extracted.stream().map(doc::actorOf).flatMap(java.util.Optional::stream)
                            .map(a -> a.code().toString()).toList() + ", expected " + g.actor());
                }
            }
        }
        table.add("entities", new Score(entityMatched, entityExtracted, found, expected.entities().size()));
        table.add("entities.actor", new Score(actorsFound, withActor, actorsFound, withActor));

        scoreQuotes(doc, expected, goldOf, table);

        int timeMatched = 0;
        int valueMatched = 0;
        int timesFound = 0;
        int valuesFound = 0;
        for (TimeExpression t : doc.times()) {
            boolean span = false;
            boolean value = false;
            for (ExpectedAnalysis.GoldTime g : expected.times()) {
                if (Occurrences.overlapsAny(t.span(), Occurrences.of(text, g.text()))) {
                    span = true;
                    value |= t.value() != null && t.value().value().equals(g.value());
                }
            }
            timeMatched += span ? 1 : 0;
            valueMatched += value ? 1 : 0;
            if (!span) {
                table.note(id + ": extra time expression '" + t.text() + "' = " + t.value());
            }
        }
        for (ExpectedAnalysis.GoldTime g : expected.times()) {
            List<Span> where = Occurrences.of(text, g.text());
            List<TimeExpression> hits = doc.times().stream().filter(t -> Occurrences.overlapsAny(t.span(), where)).toList();
            timesFound += hits.isEmpty() ? 0 : 1;
            boolean right = hits.stream().anyMatch(t -> t.value() != null && t.value().value().equals(g.value()));
            valuesFound += right ? 1 : 0;
            if (!right) {
                table.note(id + ": time '" + g.text() + "' expected " + g.value() + ", got "
                        + hits.stream().map(t -> String.valueOf(t.value())).toList());
            }
        }
        table.add("times", new Score(timeMatched, doc.times().size(), timesFound, expected.times().size()));
        table.add("times.value", new Score(valueMatched, doc.times().size(), valuesFound, expected.times().size()));

        if (doc.has(Layer.EVENTS) && expected.events() != null && !expected.events().isMissingNode()) {
            EventScoring.score(doc, expected.events(), table);
        }
    }

    private static void scoreQuotes(Document doc, ExpectedAnalysis expected, Map<String, String> goldOf,
                                    ScoreTable.Builder table) {
        String text = doc.text();
        List<ExpectedAnalysis.GoldQuote> all = new ArrayList<>(expected.requiredQuotes());
        all.addAll(expected.acceptableQuotes());
        int matched = 0;
        int matchedWithSpeaker = 0;
        for (Quote q : doc.quotes()) {
            boolean span = false;
            boolean speaker = false;
            for (ExpectedAnalysis.GoldQuote g : all) {
                if (quoteOverlaps(text, q, g)) {
                    span = true;
                    speaker |= speakerIs(doc, q, g, goldOf, expected);
                }
            }
            matched += span ? 1 : 0;
            matchedWithSpeaker += speaker ? 1 : 0;
            if (!span) {
                table.note(doc.id() + ": extra quote (" + q.kind().jsonName() + ") '" + clip(q.text()) + "' by "
                        + (q.speaker() == null ? "nobody" : q.speaker().name()));
            }
        }
        int found = 0;
        int foundWithSpeaker = 0;
        for (ExpectedAnalysis.GoldQuote g : expected.requiredQuotes()) {
            List<Quote> hits = doc.quotes().stream().filter(q -> quoteOverlaps(text, q, g)).toList();
            found += hits.isEmpty() ? 0 : 1;
            boolean right = hits.stream().anyMatch(q -> speakerIs(doc, q, g, goldOf, expected));
            foundWithSpeaker += right ? 1 : 0;
            if (!right) {
                table.note(doc.id() + ": quote '" + clip(g.contentText()) + "' by " + g.speaker() + ": "
                        + (hits.isEmpty() ? "not found" : "speaker " + hits.stream().map(q -> q.speaker() == null
                        ? "none" : q.speaker().name() + " [" + q.speaker().mention().text() + "]").toList()));
            }
        }
        int required = expected.requiredQuotes().size();
        table.add("quotes", new Score(matched, doc.quotes().size(), found, required));
        table.add("quotes.speaker", new Score(matchedWithSpeaker, doc.quotes().size(), foundWithSpeaker, required));
    }

    private static boolean quoteOverlaps(String text, Quote q, ExpectedAnalysis.GoldQuote g) {
        return Occurrences.overlapsAny(q.span(), Occurrences.of(text, g.contentText()));
    }

    private static boolean speakerIs(Document doc, Quote q, ExpectedAnalysis.GoldQuote g, Map<String, String> goldOf,
                                     ExpectedAnalysis expected) {
        if (q.speaker() == null || g.speaker() == null) {
            return false;
        }
        if (q.speaker().entityId() != null && g.speaker().equals(goldOf.get(q.speaker().entityId()))) {
            return true;
        }
        return expected.entities().stream().filter(e -> e.id().equals(g.speaker())).findFirst()
                .map(e -> q.speaker().entityId() == null && e.mentions().contains(q.speaker().mention().text()))
                .orElse(false);
    }

    /**
     * Maps each extracted entity to the gold entity most of whose mention strings its mentions cover. An extracted
     * entity whose mentions match no gold mention string maps to nothing.
     */
    static Map<String, String> mapEntities(Document doc, ExpectedAnalysis expected) {
        String text = doc.text();
        Map<String, List<Span>> goldSpans = new HashMap<>();
        for (ExpectedAnalysis.GoldEntity g : expected.entities()) {
            List<Span> spans = new ArrayList<>();
            for (String m : g.mentions()) {
                spans.addAll(Occurrences.of(text, m));
            }
            goldSpans.put(g.id(), spans);
        }
        Map<String, String> out = new HashMap<>();
        for (Entity e : doc.entities()) {
            String best = null;
            int bestCount = 0;
            for (ExpectedAnalysis.GoldEntity g : expected.entities()) {
                int count = 0;
                for (EntityMention m : e.mentions()) {
                    boolean exact = g.mentions().contains(m.text()) || g.name().equals(m.text());
                    boolean same = goldSpans.get(g.id()).stream().anyMatch(s -> s.equals(m.span()) || s.contains(m.span()));
                    count += exact || same ? 1 : 0;
                }
                if (count > bestCount) {
                    best = g.id();
                    bestCount = count;
                }
            }
            if (best != null) {
                out.put(e.id(), best);
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() <= 60 ? s : s.substring(0, 59) + "\u2026";
    }
}
