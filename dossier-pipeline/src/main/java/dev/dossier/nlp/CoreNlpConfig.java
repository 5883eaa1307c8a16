package dev.dossier.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Configuration of the CoreNLP stage.
 *
 * @param coref             run coreference (needed to resolve "he", "the official" to speakers); default true
 * @param corefAlgorithm    CoreNLP coreference algorithm; default {@code fastneural}
 * @param maxSentenceTokens sentences longer than this are not parsed (they keep tokens and entities); default 120
 */
public record CoreNlpConfig(boolean coref, String corefAlgorithm, int maxSentenceTokens) {

    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(true, "fastneural", 120);
    }

    public CoreNlpConfig withoutCoref() {
        return new CoreNlpConfig(false, corefAlgorithm, maxSentenceTokens);
    }

    /** The CoreNLP properties this configuration stands for. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", coref ? "tokenize,ssplit,pos,lemma,ner,depparse,coref" : "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("depparse.maxlen", Integer.toString(maxSentenceTokens));
        p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens * 4));
        if (coref) {
            p.setProperty("coref.algorithm", corefAlgorithm);
            p.setProperty("coref.md.type", "dependency");
            p.setProperty("coref.maxMentionDistance", "50");
        }
        return p;
    }

    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        properties().forEach((k, v) -> m.put(k.toString(), v.toString()));
        return m;
    }
}
