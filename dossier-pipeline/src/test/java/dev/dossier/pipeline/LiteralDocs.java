package dev.dossier.pipeline;

import dev.dossier.model.Article;
import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds analysed documents from literals, for unit tests that must not load models. Tokens are written as
 * {@code text/POS[/NER[/lemma]]} separated by spaces and are found in the text in order; dependencies as
 * {@code relation(governor,dependent)} with document-wide token indices ({@code -1} for the root); mentions by
 * their text and occurrence. Sentences end after a token ".", "!" or "?".
 *
 * <pre>{@code
 * Document d = LiteralDocs.text("Moscow praised Washington.")
 *         .tokens("Moscow/NNP/CITY praised/VBD Washington/NNP/STATE_OR_PROVINCE ./.")
 *         .deps("nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
 *         .name("Moscow", EntityType.LOCATION).name("Washington", EntityType.LOCATION)
 *         .build();
 * }</pre>
 */
public final class LiteralDocs {

    private static final Pattern DEP = Pattern.compile("([a-z:]+)\\((-?\\d+),(\\d+)\\)");

    private LiteralDocs() {
    }

    public static Builder text(String text) {
        return new Builder(text);
    }

    /** A document under construction; each call returns this builder. */
    public static final class Builder {
        private final String text;
        private final List<String[]> tokenSpecs = new ArrayList<>();
        private final List<Dependency> deps = new ArrayList<>();
        private final List<Object[]> mentionSpecs = new ArrayList<>();
        private LocalDate published = LocalDate.of(2025, 11, 16);
        private String id = "literal";

        private Builder(String text) {
            this.text = text;
        }

        public Builder id(String newId) {
            this.id = newId;
            return this;
        }

        public Builder published(LocalDate date) {
            this.published = date;
            return this;
        }

        /** Tokens as {@code text/POS[/NER[/lemma]]}, space-separated, in text order. */
        public Builder tokens(String spec) {
            for (String t : spec.trim().split("\\s+")) {
                String[] parts = t.split("/", -1);
                if (parts.length < 2 || parts[0].isEmpty()) {
                    throw new IllegalArgumentException("Token spec '" + t + "' is not text/POS[/NER[/lemma]]");
                }
                tokenSpecs.add(parts);
            }
            return this;
        }

        /** Dependencies as {@code rel(gov,dep)}, space-separated. */
        public Builder deps(String spec) {
            Matcher m = DEP.matcher(spec);
            while (m.find()) {
                deps.add(new Dependency(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1)));
            }
            return this;
        }

        /** A name mention of the first occurrence of {@code surface}. */
        public Builder name(String surface, EntityType type) {
            return mention(surface, 1, MentionKind.NAME, type, -1);
        }

        /** A name mention of the first occurrence of {@code surface}, in a coreference chain. */
        public Builder name(String surface, EntityType type, int chain) {
            return mention(surface, 1, MentionKind.NAME, type, chain);
        }

        /**
         * A mention of the {@code occurrence}-th (from 1) whole-word occurrence of {@code surface}.
         */
        public Builder mention(String surface, int occurrence, MentionKind kind, EntityType type, int chain) {
            mentionSpecs.add(new Object[] {surface, occurrence, kind, type, chain});
            return this;
        }

        public Document build() {
            List<Token> tokens = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            int at = 0;
            int sentenceStart = 0;
            for (String[] p : tokenSpecs) {
                int start = text.indexOf(p[0], at);
                if (start < 0) {
                    throw new IllegalArgumentException("Token '" + p[0] + "' not found after offset " + at);
                }
                int end = start + p[0].length();
                String pos = p[1];
                String ner = p.length > 2 && !p[2].isEmpty() ? p[2] : "O";
                String lemma = p.length > 3 ? p[3] : defaultLemma(p[0], pos);
                tokens.add(new Token(tokens.size(), sentences.size(), new Span(start, end), p[0], pos, lemma, ner));
                at = end;
                if (Set.of(".", "!", "?").contains(p[0])) {
                    sentences.add(sentence(sentences.size(), tokens, sentenceStart));
                    sentenceStart = tokens.size();
                }
            }
            if (sentenceStart < tokens.size()) {
                sentences.add(sentence(sentences.size(), tokens, sentenceStart));
            }
            List<Mention> mentions = new ArrayList<>();
            for (Object[] m : mentionSpecs) {
                Span span = occurrence((String) m[0], (int) m[1]);
                List<Token> covered = tokens.stream().filter(t -> t.span().overlaps(span)).toList();
                if (covered.isEmpty()) {
                    throw new IllegalArgumentException("Mention '" + m[0] + "' covers no token");
                }
                Token head = covered.get(covered.size() - 1);
                mentions.add(new Mention(0, span, (String) m[0], (MentionKind) m[2], (EntityType) m[3], head.sentence(),
                        head.index(), (int) m[4]));
            }
            mentions.sort(Comparator.comparing(Mention::span));
            List<Mention> numbered = new ArrayList<>();
            for (Mention m : mentions) {
                numbered.add(new Mention(numbered.size(), m.span(), m.text(), m.kind(), m.type(), m.sentence(), m.head(),
                        m.chain()));
            }
            Article article = new Article(id, "", text, published, null, null, "en");
            return Document.of(article).withSentencesAndTokens(sentences, tokens).withDependencies(deps)
                    .withMentions(numbered);
        }

        private Sentence sentence(int index, List<Token> tokens, int first) {
            Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
            return new Sentence(index, span, first, tokens.size());
        }

        private Span occurrence(String surface, int n) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
            int seen = 0;
            while (m.find()) {
                if (++seen == n) {
                    return new Span(m.start(), m.end());
                }
            }
            throw new IllegalArgumentException("'" + surface + "' occurs " + seen + " times, not " + n);
        }

        private static String defaultLemma(String word, String pos) {
            if (pos.startsWith("NNP")) {
                return word;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (pos.equals("NNS")) {
                return lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                        : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
            }
            return lower;
        }
    }
}
