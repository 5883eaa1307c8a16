/**
 * Dossier's document model: one immutable {@link dev.dossier.model.Document} owns an article's text, and every
 * annotation is a record over a {@link dev.dossier.model.Span} of character offsets into that text, end exclusive.
 *
 * <p>Layers are typed ({@code doc.quotes()} is a {@code List<Quote>}) and a document remembers which layers have been
 * computed ({@link dev.dossier.model.Document#layers()}), so an empty list ("no quotes in this article") is told
 * apart from a layer nobody computed. Annotators never mutate a document; they return a copy with their layers set.
 *
 * <p>Offsets count UTF-16 code units of {@link dev.dossier.model.Article#text()}, as {@link String#substring} does,
 * so {@code text.substring(span.start(), span.end())} is always the annotated text.
 */
package dev.dossier.model;
