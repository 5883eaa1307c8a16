/**
 * Statistical analysis with Stanford CoreNLP: sentences, tokens, parts of speech, lemmas, named entities,
 * dependency parse, coreference and raw temporal expressions, converted into Dossier's model.
 *
 * <p>Traps: headlines have no final period, so newlines always end a sentence; CoreNLP's default (statistical)
 * coreference merges distinct people who share a sentence frame, so {@code fastneural} is used; the constituency
 * parser and {@code neural} coreference are five times slower and are not used. Models load once per
 * {@link dev.dossier.nlp.CoreNlpAnalyzer} (about 15 s); the analyzer is thread-safe and meant to be shared.
 */
package dev.dossier.nlp;
