/**
 * Evaluation against public gold standards. Each format has an {@link dev.dossier.eval.Evaluation} that reads its
 * gold files, runs the pipeline, and returns a {@link dev.dossier.eval.ScoreTable} of precision, recall and F1 per
 * layer. {@link dev.dossier.eval.Ratchet} files hold the figures reached so far; integration tests fail when a
 * change falls below them.
 *
 * <p>Matching follows each format's own convention: Dossier's expected analyses match by span overlap (gold strings
 * are located in the article by search) and agreeing fields; TimeML by exact or overlapping span and equal value.
 */
package dev.dossier.eval;
