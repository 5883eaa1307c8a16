package dev.dossier.eval;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.pipeline.Outcome;
import dev.dossier.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores quote attribution against PolNeAR (Newell, Margolin and Ruths, LREC 2018): brat standoff with the articles
 * in {@code text/<name>.txt} and annotations in {@code attributions/<name>_<annotator>.ann}. Where several annotators
 * annotated one article, the file whose name sorts first is used.
 *
 * <p>Dossier's quotes are turned into attributions first: quotes sharing a cue and source are one attribution whose
 * content has several fragments (a quote broken by "he said"; a quotation inside reported speech is part of its
 * enclosing content), and a direct quote's content is widened to its quotation marks, as PolNeAR marks it.
 *
 * <p>Rows {@code source}, {@code cue} and {@code content}, each {@code .exact} (the same fragments, ignoring
 * surrounding white space) and {@code .overlap} (some fragment overlaps). Precision counts extracted attributions whose
 * role matches that role of some gold attribution; recall counts gold attributions matched by some extracted one.
 * Attributions without a source (or cue) count only in the content rows (and cue rows).
 */
public final class PolnearEvaluation implements Evaluation {

    private static final int THREADS = 2;

    /** An attribution as Dossier found it, in PolNeAR's terms. */
    public record Found(List<Span> source, List<Span> cue, List<Span> content) {
    }

    @Override
    public String name() {
        return "polnear";
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        Map<String, Path> files = annotationFiles(gold.resolve("attributions"));
        List<Document> documents = new ArrayList<>();
        for (String name : files.keySet()) {
            Path textFile = gold.resolve("text").resolve(name + ".txt");
            try {
                String text = Files.readString(textFile, StandardCharsets.UTF_8);
                documents.add(Document.of(new Article(name, null, text, null, null, null, "en")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the PolNeAR text " + textFile, e);
            }
        }
        ScoreTable.Builder table = new ScoreTable.Builder("PolNeAR attribution, " + documents.size()
                + " articles under " + gold);
        int failed = 0;
        try (Stream<Outcome> outcomes = pipeline.annotateAll(documents.stream(), THREADS)) {
            for (Outcome o : (Iterable<Outcome>) outcomes::iterator) {
                if (o instanceof Outcome.Done done) {
                    score(done.document(), BratAttributions.read(files.get(done.document().id())), table);
                } else if (o instanceof Outcome.Failed f) {
                    failed++;
                    table.note("failed: " + f.id() + ": " + f.reason());
                }
            }
        }
        if (failed > 0) {
            table.note(failed + " article(s) failed and are not scored");
        }
        return table.build();
    }

    /** One annotation file per article name, the first in name order. */
    static Map<String, Path> annotationFiles(Path dir) {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                int cut = file.lastIndexOf('_');
                String name = cut > 0 ? file.substring(0, cut) : file.substring(0, file.length() - 4);
                out.putIfAbsent(name, p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list PolNeAR annotations in " + dir
                    + " (expected <split>/attributions/*.ann beside <split>/text/*.txt)", e);
        }
        return out;
    }

    /** Adds one article's six scores to the table. */
    public static void score(Document doc, List<BratAttributions.Gold> gold, ScoreTable.Builder table) {
        String text = doc.text();
        List<Found> found = attributions(doc);
        add(table, "source", text, found, Found::source, gold, BratAttributions.Gold::source);
        add(table, "cue", text, found, Found::cue, gold, BratAttributions.Gold::cue);
        add(table, "content", text, found, Found::content, gold, BratAttributions.Gold::content);
    }

    private static void add(ScoreTable.Builder table, String role, String text, List<Found> found,
                            Function<Found, List<Span>> ours, List<BratAttributions.Gold> gold,
                            Function<BratAttributions.Gold, List<Span>> theirs) {
        List<List<Span>> extracted = found.stream().map(ours).filter(l -> !l.isEmpty()).map(l -> trim(text, l)).toList();
        List<List<Span>> wanted = gold.stream().map(theirs).filter(l -> !l.isEmpty()).map(l -> trim(text, l)).toList();
        for (boolean exact : new boolean[] {true, false}) {
            int matched = (int) extracted.stream().filter(e -> wanted.stream().anyMatch(w -> same(e, w, exact))).count();
            int hit = (int) wanted.stream().filter(w -> extracted.stream().anyMatch(e -> same(e, w, exact))).count();
            table.add(role + (exact ? ".exact" : ".overlap"), new Score(matched, extracted.size(), hit, wanted.size()));
        }
    }

    public static boolean same(List<Span> a, List<Span> b, boolean exact) {
        if (exact) {
            return a.equals(b);
        }
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
    }

    /** Fragments without the white space at their edges, empty ones dropped, in order. */
    public static List<Span> trim(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int a = Math.min(s.start(), text.length());
            int b = Math.min(s.end(), text.length());
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                out.add(new Span(a, b));
            }
        }
        out.sort(null);
        return out;
    }

    /** Dossier's quotes grouped into attributions by cue and source. */
    public static List<Found> attributions(Document doc) {
        String text = doc.text();
        Map<Object, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote q : doc.quotes()) {
            Span source = q.speaker() == null ? null : q.speaker().mention().span();
            Object key = q.cue() == null ? q : List.of(q.cue().span(), Objects.requireNonNullElse(source, q.cue().span()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<Found> out = new ArrayList<>();
        for (List<Quote> group : groups.values()) {
            Quote first = group.get(0);
            List<Span> fragments = group.stream().map(q -> q.kind() == Quote.Kind.DIRECT ? withMarks(text, q.span())
                    : q.span()).toList();
            List<Span> content = fragments.stream().filter(f -> fragments.stream()
                    .noneMatch(g -> !g.equals(f) && g.contains(f))).distinct().sorted().toList();
            List<Span> source = first.speaker() == null ? List.of() : List.of(first.speaker().mention().span());
            List<Span> cue = first.cue() == null ? List.of() : List.of(first.cue().span());
            out.add(new Found(source, cue, content));
        }
        return out;
    }

    /** The span widened over the quotation marks right around it. */
    static Span withMarks(String text, Span inner) {
        int open = markBefore(text, inner.start());
        int close = markAfter(text, inner.end());
        if (open == 0 || close == 0) {
            return inner;
        }
        return new Span(inner.start() - open, inner.end() + close);
    }

    private static int markBefore(String text, int at) {
        if (at >= 2 && (text.startsWith("''", at - 2) || text.startsWith("``", at - 2))) {
            return 2;
        }
        return at >= 1 && "\"\u201C\u2018".indexOf(text.charAt(at - 1)) >= 0 ? 1 : 0;
    }

    private static int markAfter(String text, int at) {
        if (text.startsWith("''", at)) {
            return 2;
        }
        return at < text.length() && "\"\u201D\u2019".indexOf(text.charAt(at)) >= 0 ? 1 : 0;
    }
}
