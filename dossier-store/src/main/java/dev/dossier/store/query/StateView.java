package dev.dossier.store.query;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement or plan and every claim about its standing, oldest first.
 *
 * @param subject  as first written ("Budapest summit")
 * @param kind     agreement or plan
 * @param current  the standing of the latest claim, or "disputed" when the latest claims contradict each other
 * @param claims   every claim, in order of the day it is about, then publication
 */
public record StateView(String subject, String kind, String current, List<Claim> claims) {

    /**
     * One claim.
     *
     * @param asOf         the day the claim is about
     * @param asOfText     that day at the precision the text gave ("2025-08"), or the ISO day
     * @param standing     announced, reached, in force, held, postponed, cancelled, void
     * @param outlet       the publisher of the article that makes the claim
     * @param speaker      who the article quotes for it, or null
     * @param cue          the words that state the standing
     * @param evidence     the sentence
     * @param published    when the article was published
     * @param article      the article's content hash
     * @param contradicts  true when another source claims a contradicting standing about the same days
     */
    public record Claim(LocalDate asOf, String asOfText, String standing, String outlet, String speaker, String cue,
                        String evidence, LocalDate published, String article, boolean contradicts) {
    }

    public StateView {
        claims = List.copyOf(claims);
    }
}
