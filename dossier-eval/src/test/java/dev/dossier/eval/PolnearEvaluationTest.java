package dev.dossier.eval;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PolnearEvaluationTest {

    static final String TEXT = "\u201CA deal,\u201D he said, \u201Cis near.\u201D Talks go on, officials said.";

    private static Span at(String s) {
        int i = TEXT.indexOf(s);
        return new Span(i, i + s.length());
    }

    /** Gold in brat standoff: one broken quote with two content fragments, one report, notes and a stray line. */
    static Path gold(Path dir) throws IOException {
        Span q1 = at("\u201CA deal,\u201D");
        Span q2 = at("\u201Cis near.\u201D");
        Span he = at("he");
        Span said = at("said");
        Span talks = at("Talks go on");
        Span officials = at("officials");
        Span said2 = new Span(TEXT.lastIndexOf("said"), TEXT.lastIndexOf("said") + 4);
        String ann = String.join("\n",
                "T1\tSource " + he.start() + " " + he.end() + "\the",
                "T2\tCue " + said.start() + " " + said.end() + "\tsaid",
                "T3\tContent " + q1.start() + " " + q1.end() + ";" + q2.start() + " " + q2.end() + "\tquote",
                "T4\tAttribution " + said.start() + " " + said.end() + "\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "#1\tAnnotatorNotes T1\ta note",
                "T5\tSource " + officials.start() + " " + officials.end() + "\tofficials",
                "T6\tCue " + said2.start() + " " + said2.end() + "\tsaid",
                "T7\tContent " + talks.start() + " " + talks.end() + "\tTalks go on",
                "continuation of a text with a line break",
                "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5", "");
        Path file = dir.resolve("a_x.ann");
        Files.writeString(file, ann);
        return file;
    }

    private static Quote quote(Quote.Kind kind, String content, Span cue, String source) {
        Span s = at(content);
        return new Quote(kind, s, content, TextRef.of(TEXT, cue), new Speaker(null, source, TextRef.of(TEXT, at(source))), 0);
    }

    @Test
    void readsAttributionsWithDiscontinuousContent(@TempDir Path dir) throws IOException {
        List<BratAttributions.Gold> gold = BratAttributions.read(gold(dir));
        assertEquals(2, gold.size());
        assertEquals(2, gold.get(0).content().size());
        assertEquals(List.of(at("he")), gold.get(0).source());
    }

    @Test
    void quotesSharingACueAreOneAttributionWithTheirMarks(@TempDir Path dir) throws IOException {
        Span said = at("said");
        Document doc = Document.of(new Article("a", null, TEXT, null, null, null, "en")).withQuotes(List.of(
                quote(Quote.Kind.DIRECT, "A deal,", said, "he"),
                quote(Quote.Kind.DIRECT, "is near.", said, "he"),
                quote(Quote.Kind.INDIRECT, "Talks go", at("officials said").union(at("officials")), "officials")));
        List<PolnearEvaluation.Found> found = PolnearEvaluation.attributions(doc);
        assertEquals(2, found.size());
        assertEquals(List.of(at("\u201CA deal,\u201D"), at("\u201Cis near.\u201D")), found.get(0).content());

        ScoreTable.Builder table = new ScoreTable.Builder("t");
        PolnearEvaluation.score(doc, BratAttributions.read(gold(dir)), table);
        ScoreTable t = table.build();
        assertEquals(new Score(2, 2, 2, 2), t.get("source.exact"));
        assertEquals(new Score(1, 2, 1, 2), t.get("cue.exact"), "the second cue was given as 'officials said'");
        assertEquals(new Score(2, 2, 2, 2), t.get("cue.overlap"));
        assertEquals(new Score(1, 2, 1, 2), t.get("content.exact"), "'Talks go' is short of 'Talks go on'");
        assertEquals(new Score(2, 2, 2, 2), t.get("content.overlap"));
    }

    @Test
    void oneAnnotationFilePerArticleTheFirstByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("art_one_b2.ann"), "");
        Files.writeString(dir.resolve("art_one_a1.ann"), "");
        Files.writeString(dir.resolve("other_c3.ann"), "");
        var files = PolnearEvaluation.annotationFiles(dir);
        assertEquals(List.of("art_one", "other"), List.copyOf(files.keySet()));
        assertEquals("art_one_a1.ann", files.get("art_one").getFileName().toString());
    }
}
