package dev.dossier.store;

import dev.dossier.reference.TsvTable;

import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.Layer;
import dev.dossier.model.Quote;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds claims about the standing of named agreements and plans in an article, sentence by sentence.
 *
 * <p>A subject is a tracked noun ({@code states.tsv}: summit, understanding, ceasefire...) named by a capitalised
 * modifier ("the Alaska summit", "a Trump-Putin summit"), by a place after it ("the summit in Budapest" is the
 * Budapest summit), or by where it was reached ("the understanding reached at the Alaska summit" is the Alaska
 * understanding). A bare "the understanding" refers to the last subject of the same family named earlier in the
 * article. Each standing phrase ({@code standings.tsv}) in a sentence is given to the nearest subject in that
 * sentence, unless a negation stands before it in its clause. Claims about what happened (reached, announced,
 * held) take a date the sentence gives; the others stand as of publication. Events whose evidence names a subject
 * add a claim from their status when the text gave none for that subject in that sentence.
 *
 * <p>Works on any document: with no sentence layer it splits sentences itself, so articles stored without
 * analysis still feed the timelines.
 */
public final class StateDetector {

    private record Noun(String family, String kind) {
    }

    private record Subject(String key, String name, String kind, Span span) {
    }

    private record Cue(Standing standing, Span span, String text) {
    }

    private static final Map<String, Noun> NOUNS = new LinkedHashMap<>();
    private static final Map<String, Standing> CUES = new LinkedHashMap<>();
    private static final Pattern CUE_PATTERN;
    private static final Pattern NAMED;
    private static final Pattern PLACE_AFTER;
    private static final Pattern REACHED_AT;
    private static final Pattern BARE;
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(never|not|no one|nobody|denied|deny|denies|n't|false)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201D\u2019)]?)\\s+(?=[\"\u201C\\p{Lu}])|\\n+");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "next", "last", "any", "such", "new", "first", "second", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "president", "minister",
            "but", "and", "although", "while", "after", "before", "since", "when", "if", "as", "in", "at", "on");

    static {
        for (TsvTable.Row row : TsvTable.resource(StateDetector.class, "states.tsv", 3).rows()) {
            if (!row.get(2).equals("agreement") && !row.get(2).equals("plan")) {
                throw row.error("kind must be agreement or plan");
            }
            NOUNS.put(row.get(0).toLowerCase(Locale.ROOT), new Noun(row.get(1), row.get(2)));
        }
        for (TsvTable.Row row : TsvTable.resource(StateDetector.class, "standings.tsv", 2).rows()) {
            try {
                CUES.put(row.get(0).toLowerCase(Locale.ROOT), Standing.valueOf(row.get(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown standing '" + row.get(1) + "'");
            }
        }
        String nouns = alternation(NOUNS.keySet());
        String cap = "\\p{Lu}[\\p{L}'\u2019.]*(?:-\\p{Lu}[\\p{L}'\u2019.]*)*";
        String name = "(" + cap + "(?:\\s+" + cap + "){0,2})";
        NAMED = Pattern.compile("\\b" + name + "\\s+(?:(?:next|planned|proposed|new|first|second|latest)\\s+)?("
                + nouns + ")(?:e?s)?\\b");
        PLACE_AFTER = Pattern.compile("\\b(" + nouns + ")(?:e?s)?\\s+(?:in|at)\\s+" + name);
        REACHED_AT = Pattern.compile("(?i:\\b(" + nouns + ")(?:e?s)?\\s+(?:reached|agreed|struck|signed|concluded)"
                + "\\s+(?:at|during|in)\\s+(?:the\\s+)?)" + name);
        BARE = Pattern.compile("(?i)\\b(?:the|this|that|these|those)\\s+(" + nouns + ")(?:e?s)?\\b");
        CUE_PATTERN = Pattern.compile("(?i)\\b(" + alternation(CUES.keySet()) + ")\\b");
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).reduce((a, b) -> a + "|" + b).orElse("x^");
    }

    /** Every claim in the document, in text order. */
    public List<StateClaim> detect(Document doc) {
        String text = doc.text();
        LocalDate published = doc.article().published();
        List<StateClaim> out = new ArrayList<>();
        Map<String, Subject> lastByFamily = new HashMap<>();
        for (Span sentence : sentences(doc)) {
            String s = sentence.of(text);
            List<Subject> subjects = subjects(s, sentence.start(), lastByFamily);
            if (subjects.isEmpty()) {
                continue;
            }
            List<Cue> cues = cues(s, sentence.start());
            Map<String, Boolean> claimed = new HashMap<>();
            for (Cue cue : cues) {
                Subject subject = nearest(subjects, cue.span());
                Standing standing = cue.standing() == Standing.REACHED && subject.kind().equals("plan")
                        ? Standing.ANNOUNCED : cue.standing();
                LocalDate asOf = published;
                String asOfText = null;
                if (standing == Standing.REACHED || standing == Standing.ANNOUNCED || standing == Standing.HELD) {
                    Optional<TimeExpression> t = dateIn(doc, sentence, cue.span());
                    if (t.isPresent()) {
                        asOf = t.get().value().startDay().orElse(published);
                        asOfText = t.get().value().value();
                    }
                }
                if (asOf == null) {
                    continue;
                }
                claimed.put(subject.key(), true);
                out.add(new StateClaim(subject.key(), subject.name(), subject.kind(), standing, cue.text(),
                        sentence, s, asOf, asOfText, speakerAt(doc, sentence)));
            }
            for (Event e : doc.has(Layer.EVENTS) ? doc.events() : List.<Event>of()) {
                if (!sentence.overlaps(e.span())) {
                    continue;
                }
                for (Subject subject : subjects) {
                    if (claimed.containsKey(subject.key()) || !e.span().overlaps(subject.span()) || published == null) {
                        continue;
                    }
                    Optional<Standing> st = Standing.of(e.status(), subject.kind());
                    if (st.isPresent()) {
                        LocalDate asOf = e.whenFromText() && e.when() != null
                                ? e.when().startDay().orElse(published) : published;
                        claimed.put(subject.key(), true);
                        out.add(new StateClaim(subject.key(), subject.name(), subject.kind(), st.get(),
                                e.status().jsonName(), sentence, s, asOf,
                                e.whenFromText() && e.when() != null ? e.when().value() : null,
                                e.reportedBy() == null ? speakerAt(doc, sentence) : e.reportedBy().name()));
                    }
                }
            }
        }
        return distinct(out);
    }

    /**
     * One claim per subject, standing and day in an article: an article that repeats itself still says it once; and
     * when it dates what happened in one sentence ("reached in August"), its undated repeats of it are dropped.
     */
    private static List<StateClaim> distinct(List<StateClaim> claims) {
        Map<String, StateClaim> first = new LinkedHashMap<>();
        java.util.Set<String> dated = new java.util.HashSet<>();
        for (StateClaim c : claims) {
            if (c.asOfText() != null) {
                dated.add(c.subjectKey() + "|" + c.standing());
            }
        }
        for (StateClaim c : claims) {
            if (c.asOfText() == null && dated.contains(c.subjectKey() + "|" + c.standing())) {
                continue;
            }
            first.putIfAbsent(c.subjectKey() + "|" + c.standing() + "|" + c.asOf(), c);
        }
        return new ArrayList<>(first.values());
    }

    private List<Subject> subjects(String s, int offset, Map<String, Subject> lastByFamily) {
        List<Subject> found = new ArrayList<>();
        Matcher m = REACHED_AT.matcher(s);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            add(found, m.group(2), noun, new Span(offset + m.start(), offset + m.end()));
        }
        m = PLACE_AFTER.matcher(s);
        while (m.find()) {
            add(found, m.group(2), m.group(1), new Span(offset + m.start(), offset + m.end()));
        }
        m = NAMED.matcher(s);
        while (m.find()) {
            add(found, m.group(1), m.group(2), new Span(offset + m.start(), offset + m.end()));
        }
        for (Subject sub : found) {
            lastByFamily.put(NOUNS.get(sub.name().substring(sub.name().lastIndexOf(' ') + 1)
                    .toLowerCase(Locale.ROOT)).family(), sub);
        }
        m = BARE.matcher(s);
        while (m.find()) {
            Span span = new Span(offset + m.start(), offset + m.end());
            Subject earlier = lastByFamily.get(NOUNS.get(m.group(1).toLowerCase(Locale.ROOT)).family());
            if (earlier != null && found.stream().noneMatch(f -> f.span().overlaps(span))) {
                found.add(new Subject(earlier.key(), earlier.name(), earlier.kind(), span));
            }
        }
        return found;
    }

    private static void add(List<Subject> found, String name, String nounWritten, Span span) {
        String noun = nounWritten.toLowerCase(Locale.ROOT);
        Noun n = NOUNS.get(noun);
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_NAMES.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (n == null || first == words.length || found.stream().anyMatch(f -> f.span().overlaps(span))) {
            return;
        }
        String modifier = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        String key = Names.key(modifier) + " " + n.family();
        found.add(new Subject(key, modifier + " " + noun, n.kind(), span));
    }

    private static List<Cue> cues(String s, int offset) {
        List<Cue> out = new ArrayList<>();
        Matcher m = CUE_PATTERN.matcher(s);
        while (m.find()) {
            int clauseStart = Math.max(Math.max(s.lastIndexOf(',', m.start()), s.lastIndexOf(';', m.start())), 0);
            if (NEGATION.matcher(s.substring(clauseStart, m.start())).find()) {
                continue;
            }
            String phrase = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            out.add(new Cue(CUES.get(phrase), new Span(offset + m.start(), offset + m.end()), m.group(1)));
        }
        return out;
    }

    private static Subject nearest(List<Subject> subjects, Span cue) {
        return subjects.stream().min(Comparator.comparingInt(s -> distance(s.span(), cue))).orElseThrow();
    }

    private static int distance(Span a, Span b) {
        if (a.overlaps(b) || a.contains(b)) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }

    private static Optional<TimeExpression> dateIn(Document doc, Span sentence, Span cue) {
        return doc.times().stream()
                .filter(t -> sentence.contains(t.span()) && t.value() != null && t.value().isAnchoredDate()
                        && t.type() == TimeExpression.Type.DATE)
                .min(Comparator.comparingInt(t -> distance(t.span(), cue)));
    }

    private static String speakerAt(Document doc, Span sentence) {
        for (Quote q : doc.quotes()) {
            if (q.speaker() != null && q.span().overlaps(sentence)) {
                return q.speaker().name();
            }
        }
        return null;
    }

    /** The document's sentences, or sentences split on end punctuation and line breaks when it has none. */
    static List<Span> sentences(Document doc) {
        if (doc.has(Layer.SENTENCES) && !doc.sentences().isEmpty()) {
            return doc.sentences().stream().map(Sentence::span).toList();
        }
        List<Span> out = new ArrayList<>();
        String text = doc.text();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Span(start, m.start()));
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Span(start, text.length()));
        }
        return out;
    }
}
