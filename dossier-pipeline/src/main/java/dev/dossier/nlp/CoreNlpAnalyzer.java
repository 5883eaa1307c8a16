package dev.dossier.nlp;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Layer;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.model.Token;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.Versions;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs Stanford CoreNLP over the article text and converts its output into Dossier's layers.
 *
 * <p>Needs: nothing but the article. Adds: {@link Layer#SENTENCES}, {@link Layer#TOKENS} (with POS, lemma,
 * fine-grained NER tag), {@link Layer#DEPENDENCIES} (basic Universal Dependencies), {@link Layer#MENTIONS} (named
 * entities, and with coreference on, descriptions and pronouns linked into chains) and {@link Layer#TIMES} (SUTime's
 * values anchored at the publication date; {@link dev.dossier.time.TimeNormalizer} corrects them afterwards).
 *
 * <p>Options: {@link CoreNlpConfig}. Construction loads the models (about 15 s, 2 GB of heap with coreference);
 * build one analyzer per process and share it between threads.
 */
public final class CoreNlpAnalyzer implements Annotator {

    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Fine-grained NER classes that do not name an entity: titles go to roles, numbers nowhere. */
    private static final Set<String> NOT_ENTITIES = Set.of("NUMBER", "ORDINAL", "MONEY", "PERCENT", "TITLE",
            "CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "URL", "EMAIL", "O");

    private final CoreNlpConfig config;
    private final StanfordCoreNLP corenlp;

    public CoreNlpAnalyzer(CoreNlpConfig config) {
        this.config = config;
        this.corenlp = new StanfordCoreNLP(config.properties());
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public String version() {
        return Versions.coreNlp();
    }

    @Override
    public Map<String, String> configuration() {
        return config.asMap();
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
        String text = document.text();
        Annotation annotation = new Annotation(text);
        if (document.article().published() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, document.article().published().toString());
        }
        corenlp.annotate(annotation);

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        int[] sentenceTokenStart = new int[coreSentences.size()];
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap cs = coreSentences.get(s);
            int first = tokens.size();
            sentenceTokenStart[s] = first;
            for (CoreLabel cl : cs.get(CoreAnnotations.TokensAnnotation.class)) {
                Span span = new Span(cl.beginPosition(), cl.endPosition());
                tokens.add(new Token(tokens.size(), s, span, span.of(text), cl.tag(), cl.lemma(), cl.ner()));
            }
            int end = tokens.size();
            Span sentenceSpan = new Span(cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(s, sentenceSpan, first, end));
            addDependencies(cs, first, dependencies);
            addEntityMentions(cs, s, first, text, tokens, mentions, times);
        }
        if (config.coref()) {
            addCoreference(annotation, sentenceTokenStart, tokens, text, mentions);
        }
        return document.withSentencesAndTokens(sentences, tokens).withDependencies(dependencies)
                .withMentions(mentions).withTimes(times);
    }

    private static void addDependencies(CoreMap sentence, int offset, List<Dependency> out) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return;
        }
        for (var root : graph.getRoots()) {
            out.add(new Dependency(-1, offset + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(offset + e.getGovernor().index() - 1, offset + e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
    }

    private static void addEntityMentions(CoreMap sentence, int s, int offset, String text, List<Token> tokens,
                                          List<Mention> mentions, List<TimeExpression> times) {
        List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (found == null) {
            return;
        }
        for (CoreMap m : found) {
            Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (TIME_TAGS.contains(ner)) {
                edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                Timex value = timex != null && Timex.isValid(timex.value()) ? Timex.of(timex.value()) : null;
                TimeExpression.Type type = timex != null && timex.timexType() != null
                        ? parseType(timex.timexType()) : TimeExpression.Type.valueOf(ner);
                times.add(new TimeExpression(span, span.of(text), type, value, s));
            } else if (!NOT_ENTITIES.contains(ner)) {
                int first = m.get(CoreAnnotations.TokenBeginAnnotation.class);
                int head = m.get(CoreAnnotations.TokenEndAnnotation.class) - 1;
                mentions.add(new Mention(mentions.size(), span, span.of(text), kindOf(tokens, first, head, head),
                        EntityType.fromNer(ner), s, head, -1));
            }
        }
    }

    private static TimeExpression.Type parseType(String type) {
        try {
            return TimeExpression.Type.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return TimeExpression.Type.DATE;
        }
    }

    /**
     * The named mention a coreference mention stands on: the one holding its head token, else the one it ends with
     * ("Germany's foreign minister Annalena Baerbock" ends with the name). Null when there is none.
     */
    private static Mention namedWithin(List<Mention> named, int start, int end, Span head) {
        Mention last = null;
        for (Mention m : named) {
            if (m.span().start() >= start && m.span().end() <= end) {
                if (m.span().contains(head)) {
                    return m;
                }
                if (m.span().end() == end) {
                    last = m;
                }
            }
        }
        return last;
    }

    private static MentionKind kindOf(List<Token> tokens, int first, int last, int head) {
        if (first == last && (tokens.get(first).isPronoun() || tokens.get(first).pos().startsWith("WP"))) {
            return MentionKind.PRONOUN;
        }
        return tokens.get(head).isProperNoun() ? MentionKind.NAME : MentionKind.NOMINAL;
    }

    /**
     * CoreNLP's mention detection cuts "foreign minister Annalena Baerbock" into a description and a name and
     * chains only the description. A name that directly follows a chained description (after at most a comma) is
     * the same referent: it joins the description's chain.
     */
    private static void linkAppositiveNames(List<Mention> named, List<Mention> mentions, String text) {
        for (Mention name : named) {
            Mention current = mentions.get(name.id());
            if (current.chain() >= 0 || current.kind() != MentionKind.NAME) {
                continue;
            }
            for (Mention m : mentions) {
                if (m.chain() >= 0 && m.kind() == MentionKind.NOMINAL && m.sentence() == current.sentence()
                        && m.span().end() <= current.span().start()
                        && text.substring(m.span().end(), current.span().start()).matches("\\s*,?\\s*")) {
                    mentions.set(name.id(), current.withChain(m.chain()));
                    break;
                }
            }
        }
    }

    /** Links named mentions into coreference chains and adds the descriptions and pronouns of each chain. */
    private static void addCoreference(Annotation annotation, int[] sentenceTokenStart, List<Token> tokens,
                                       String text, List<Mention> mentions) {
        Map<Integer, CorefChain> chains = annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return;
        }
        List<Mention> named = List.copyOf(mentions);
        for (CorefChain chain : chains.values()) {
            List<CorefChain.CorefMention> members = chain.getMentionsInTextualOrder();
            if (members.size() < 2) {
                continue;
            }
            for (CorefChain.CorefMention cm : members) {
                int s = cm.sentNum - 1;
                int first = sentenceTokenStart[s] + cm.startIndex - 1;
                int last = sentenceTokenStart[s] + cm.endIndex - 2;
                int head = sentenceTokenStart[s] + cm.headIndex - 1;
                Mention name = namedWithin(named, tokens.get(first).span().start(), tokens.get(last).span().end(),
                        tokens.get(head).span());
                if (name != null) {
                    mentions.set(name.id(), mentions.get(name.id()).withChain(chain.getChainID()));
                    if (name.span().start() == tokens.get(first).span().start()
                            && name.span().end() == tokens.get(last).span().end()) {
                        continue;
                    }
                }
                Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
                MentionKind kind = kindOf(tokens, first, last, head);
                mentions.add(new Mention(mentions.size(), span, span.of(text), kind,
                        EntityType.fromNer(tokens.get(head).ner()), s, head, chain.getChainID()));
            }
        }
        linkAppositiveNames(named, mentions, text);
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            mentions.set(i, new Mention(i, m.span(), m.text(), m.kind(), m.type(), m.sentence(), m.head(), m.chain()));
        }
    }
}
