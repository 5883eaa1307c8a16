package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A political interaction the article reports: who did what to whom, when and where, coded in CAMEO, with the
 * PLOVER and GDELT fields derived from the code, and the evidence it was read from.
 *
 * @param cameo       CAMEO event code, 2 to 4 digits ("042", "163", "0311")
 * @param cameoName   the code's name ("Make a visit")
 * @param plover      PLOVER event type, mode and context
 * @param quadClass   GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein   Goldstein score of the code, -10 to +10
 * @param source      who acts
 * @param targets     who is acted upon; several when the text names a list
 * @param when        the event's own date; the publication date when the text gives none
 * @param whenFromText true when {@code when} was read from a time expression, false when it is the publication date
 * @param where       where it happened, or null
 * @param status      whether it happened, is planned, was postponed...
 * @param reportedBy  who the text attributes the event to (the speaker of the quote it sits in), or null
 * @param evidence    the clause or noun phrase that states the event
 * @param sentence    index of the evidence's sentence
 */
public record Event(String cameo, String cameoName, Plover plover, int quadClass, double goldstein,
                    EventActor source, List<EventActor> targets, Timex when, boolean whenFromText, Place where,
                    EventStatus status, Speaker reportedBy, TextRef evidence, int sentence) implements Annotation {

    /** PLOVER's coding of an event: type ("CONSULT"), mode ("visit") and context ("diplomatic"). */
    public record Plover(String type, String mode, String context) {
        public Plover {
            Objects.requireNonNull(type, "plover type");
            mode = mode == null ? "" : mode;
            context = context == null ? "" : context;
        }
    }

    public Event {
        Objects.requireNonNull(cameo, "cameo code");
        Objects.requireNonNull(evidence, "event evidence");
        Objects.requireNonNull(status, "event status");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: '" + cameo + "'");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1..4: " + quadClass);
        }
        targets = List.copyOf(targets);
    }

    /** The CAMEO root: the first two digits ("04" for "042"). */
    public String cameoRoot() {
        return cameo.substring(0, 2);
    }

    @Override
    public Span span() {
        return evidence.span();
    }
}
