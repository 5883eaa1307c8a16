package dev.dossier.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce attributed speech or thought: verbs by lemma ("say", "warn", "deny"), nouns by lemma
 * ("statement", "interview") and fixed phrases that put the source after them ("according to", "in the words of").
 *
 * <p>Read from a tab-separated file, one cue a line: {@code kind<TAB>cue}, where kind is {@code verb}, {@code noun}
 * or {@code phrase}; a verb may add a third column, its {@link Frame} ({@code quote} or {@code complement}, the
 * default); {@code #} starts a comment. The standard lexicon is {@code dev/dossier/quotes/cues.tsv}.
 */
public final class CueLexicon {

    /** Resource path of the standard lexicon. */
    public static final String STANDARD = "dev/dossier/quotes/cues.tsv";

    /** What a verb cue takes as its content. */
    public enum Frame {
        /** only a clause or a quotation: "he added that ...", "“...,” he continued" */
        QUOTE,
        /** also an infinitive or a noun phrase object: "urged them to leave", "praised the deal" */
        COMPLEMENT
    }

    private final Map<String, Frame> verbs;
    private final Set<String> nouns;
    private final List<List<String>> phrases;

    private CueLexicon(Map<String, Frame> verbs, Set<String> nouns, List<List<String>> phrases) {
        this.verbs = Collections.unmodifiableMap(verbs);
        this.nouns = Collections.unmodifiableSet(nouns);
        this.phrases = List.copyOf(phrases);
    }

    /** The lexicon shipped with Dossier. */
    public static CueLexicon standard() {
        InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(STANDARD);
        if (in == null) {
            throw new IllegalStateException("The cue lexicon " + STANDARD + " is missing from the classpath; "
                    + "rebuild dossier-pipeline");
        }
        return load(in, STANDARD);
    }

    /**
     * Reads a lexicon.
     *
     * @param in     the file's bytes, UTF-8; closed afterwards
     * @param source the file's name, used in error messages
     * @throws IllegalArgumentException listing every bad line with its number
     */
    public static CueLexicon load(InputStream in, String source) {
        Map<String, Frame> verbs = new HashMap<>();
        Set<String> nouns = new HashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String content = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (content.isEmpty()) {
                    continue;
                }
                String[] cols = content.split("\t");
                boolean verb = cols[0].strip().equals("verb");
                if (cols.length < 2 || cols.length > (verb ? 3 : 2) || cols[1].isBlank()) {
                    errors.add(source + ":" + number + ": expected 'kind<TAB>cue' (verbs: 'verb<TAB>lemma<TAB>quote|complement'), got '"
                            + line + "'");
                    continue;
                }
                String cue = cols[1].strip().toLowerCase(Locale.ROOT);
                switch (cols[0].strip()) {
                    case "verb" -> {
                        String frame = cols.length == 3 ? cols[2].strip() : "complement";
                        if (!frame.equals("quote") && !frame.equals("complement")) {
                            errors.add(source + ":" + number + ": unknown frame '" + frame
                                    + "' (expected quote or complement)");
                        } else if (cue.contains(" ")) {
                            errors.add(source + ":" + number + ": a verb cue is one lemma, got '" + cue + "'");
                        } else if (verbs.putIfAbsent(cue, Frame.valueOf(frame.toUpperCase(Locale.ROOT))) != null) {
                            errors.add(source + ":" + number + ": '" + cue + "' listed twice");
                        }
                    }
                    case "noun" -> add(nouns, cue, source, number, errors);
                    case "phrase" -> {
                        List<String> words = List.of(cue.split("\\s+"));
                        if (words.size() < 2) {
                            errors.add(source + ":" + number + ": a phrase cue needs two or more words, got '" + cue + "'");
                        } else if (phrases.contains(words)) {
                            errors.add(source + ":" + number + ": phrase '" + cue + "' listed twice");
                        } else {
                            phrases.add(words);
                        }
                    }
                    default -> errors.add(source + ":" + number + ": unknown kind '" + cols[0].strip()
                            + "' (expected verb, noun or phrase)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cue lexicon " + source, e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Bad entries in the cue lexicon:\n  " + String.join("\n  ", errors));
        }
        phrases.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return new CueLexicon(verbs, nouns, phrases);
    }

    private static void add(Set<String> set, String cue, String source, int number, List<String> errors) {
        if (cue.contains(" ")) {
            errors.add(source + ":" + number + ": a verb or noun cue is one lemma, got '" + cue + "'");
        } else if (!set.add(cue)) {
            errors.add(source + ":" + number + ": '" + cue + "' listed twice");
        }
    }

    public boolean isVerb(String lemma) {
        return verbs.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /** The frame of a verb cue, or null when the lemma is not one. */
    public Frame frame(String lemma) {
        return verbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isNoun(String lemma) {
        return nouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Phrase cues as lower-case words, longest first. */
    public List<List<String>> phrases() {
        return phrases;
    }

    public int size() {
        return verbs.size() + nouns.size() + phrases.size();
    }
}
