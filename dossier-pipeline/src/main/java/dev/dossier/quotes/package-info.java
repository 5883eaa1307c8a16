/**
 * Quotes and reported speech with their sources: who said what, as news attributes it.
 *
 * <p>An attribution has three parts, named as in the PolNeAR corpus: the <em>source</em> ("Putin's aide Yury
 * Ushakov", "he", "the official", "sources familiar with the talks"), the <em>cue</em> ("has said", "told",
 * "according to", a headline colon) and the <em>content</em> (a quotation, a reported clause, or both mixed). Content
 * may come before or after the cue, run over several sentences and paragraphs, or be broken by the cue
 * ("“A,” he said, “B.”"); such content becomes several {@link dev.dossier.model.Quote}s sharing one cue and speaker.
 *
 * <p>{@link dev.dossier.quotes.QuoteFinder} finds attributions with sieves run in order, each a small class: verb
 * cues read through the dependency parse, phrase cues ("according to"), nouns of saying ("his claim that"), colons,
 * quotations that no cue has claimed, and reporting verbs the parser left without a subject (read from the word
 * sequence, as is a cue verb and speaker right after a quotation). The cue words are data: {@code cues.tsv}, read by
 * {@link dev.dossier.quotes.CueLexicon}. {@link dev.dossier.quotes.SpeakerResolver} then links each source to an
 * entity of the article as a ranked decision with a confidence: the source span itself first, then the speakers of
 * the quote's paragraph, then the last speaker of the paragraph before; a link less sure than the threshold is not
 * made, since a quote without a speaker does less harm than one with the wrong speaker.
 *
 * <p>Traps. Attribution nests ("X said Y warned that ..."), but only the outermost attribution is kept, with the
 * inner words as its content; a speaker's own reports inside a quotation ("we believe") belong to the quotation.
 * A quoted phrase inside reported speech ("receiving “many signals” from") is kept both ways: as part of the
 * indirect content and as a direct quote of its own with the same cue and speaker. Straight single quotation marks
 * are never read as quotes: they cannot be told from apostrophes. CoreNLP often garbles headlines and sentences that
 * close with "..., X has said", so these are also read from the word sequence. News introduces a speaker before or
 * in the quote's own sentence and attributes at most one paragraph back: a person named later, two paragraphs up or
 * only as a bystander is no candidate. Only persons, organisations and countries or places that act speak; a
 * nationality ("the Ukrainian side"), a possessor ("President Putin's aide") or a time the parser took for a subject
 * ("This Wednesday said") does not.
 */
package dev.dossier.quotes;
