package dev.dossier.store;

import dev.dossier.model.Span;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One claim an article makes about where an agreement or plan stands.
 *
 * @param subjectKey merge key of the subject ("alaska agreement")
 * @param subject    the subject as first written ("Alaska understanding")
 * @param kind       {@code agreement} or {@code plan}
 * @param standing   where it stands according to the claim
 * @param cue        the words that state the standing ("still in force")
 * @param span       the sentence that holds the claim
 * @param evidence   that sentence's text
 * @param asOf       the day the claim is about: a date the sentence gives for what happened, else the publication date
 * @param asOfText   the TIMEX value of {@code asOf} at its own precision ("2025-08"), or null for the publication date
 * @param speaker    who makes the claim, when the sentence is a quote with an attributed speaker; else null
 */
public record StateClaim(String subjectKey, String subject, String kind, Standing standing, String cue, Span span,
                         String evidence, LocalDate asOf, String asOfText, String speaker) {

    public StateClaim {
        Objects.requireNonNull(subjectKey, "subject key");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(asOf, "as-of date");
    }
}
