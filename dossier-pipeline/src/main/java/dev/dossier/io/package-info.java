/**
 * Reading articles from files and JSON Lines with clear errors for bad input, and writing analyses as JSON.
 *
 * <p>Every reader checks its input before any model sees it: empty, binary, oversized, non-UTF-8 or non-English
 * text and malformed dates are rejected with a {@link dev.dossier.io.InputException} whose message names the input
 * and the problem. Batch readers turn a bad record into a {@link dev.dossier.io.ArticleSource.Rejected} and go on.
 */
package dev.dossier.io;
