package dev.dossier.events;

import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the standard event coder makes of a literal document, for the event tests' assertions. */
final class CodedEvents {

    private static final EventCoder CODER = new EventCoder();

    private CodedEvents() {
    }

    static List<Event> events(Document d) {
        return CODER.annotate(d).events();
    }

    /** The one event of this code; fails with every event found when there is none or more than one. */
    static Event only(Document d, String code) {
        List<Event> found = events(d).stream().filter(e -> e.cameo().equals(code)).toList();
        assertEquals(1, found.size(), () -> "events " + code + " among " + events(d));
        return found.getFirst();
    }

    static String code(EventActor a) {
        return a.code().toString();
    }

    static List<String> targets(Event e) {
        return e.targets().stream().map(CodedEvents::code).toList();
    }
}
