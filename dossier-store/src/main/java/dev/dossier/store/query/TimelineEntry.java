package dev.dossier.store.query;

import java.time.LocalDate;

/**
 * One line of a timeline: an event or a quote, dated.
 *
 * @param date     the event's date, or the quote's publication date
 * @param kind     {@code event} or {@code quote}
 * @param what     the CAMEO code and name with the dyad, or the quoted words
 * @param who      the speaker, or the actors
 * @param status   the event's status, or the quote's kind
 * @param mentions how many reports the event has (1 for a quote)
 * @param evidence the evidence text, or the quote
 * @param article  the first reporting article's content hash
 */
public record TimelineEntry(LocalDate date, String kind, String what, String who, String status, int mentions,
                            String evidence, String article) {
}
