package dev.dossier.cli;

import dev.dossier.model.Actor;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.Layer;
import dev.dossier.model.Quote;
import dev.dossier.model.TimeExpression;

import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an analysed document as a report a person scans in a terminal. */
final class TextReport {

    private TextReport() {
    }

    static String render(Document doc) {
        StringBuilder b = new StringBuilder();
        var a = doc.article();
        b.append("=".repeat(78)).append('\n');
        b.append(a.title().isEmpty() ? a.id() : a.title()).append('\n');
        b.append("id ").append(a.id()).append("   published ").append(a.published())
                .append(a.source() == null ? "" : "   source " + a.source())
                .append("   ").append(doc.sentences().size()).append(" sentences\n");

        b.append("\nENTITIES (").append(doc.entities().size()).append(")\n");
        for (Entity e : doc.entities()) {
            Actor actor = doc.actorOf(e.id()).orElse(null);
            b.append(String.format(Locale.ROOT, "  %-28s %-12s %-8s %-34s x%d%n", clip(e.name(), 28), e.type(),
                    actor == null ? "" : actor.code(), actor == null ? "" : clip(actor.role(), 34),
                    e.mentions().size()));
        }

        b.append("\nQUOTES (").append(doc.quotes().size()).append(")\n");
        for (Quote q : doc.quotes()) {
            String who = q.speaker() == null ? "(unattributed)" : q.speaker().name()
                    + (q.speaker().mention().text().equals(q.speaker().name()) ? ""
                    : " [" + q.speaker().mention().text() + "]");
            String cue = q.cue() == null ? "" : " (" + q.cue().text() + ")";
            String text = q.kind() == Quote.Kind.DIRECT ? "\u201c" + q.text() + "\u201d" : q.text();
            b.append("  ").append(who).append(cue).append(": ")
                    .append(clip(text, 200)).append('\n');
        }

        b.append("\nDATES (").append(doc.times().size()).append(")\n");
        for (TimeExpression t : doc.times()) {
            b.append(String.format(Locale.ROOT, "  %-28s %-9s %s%n", clip(t.text(), 28), t.type(),
                    t.value() == null ? "?" : t.value()));
        }

        if (doc.has(Layer.EVENTS)) {
            b.append("\nEVENTS (").append(doc.events().size()).append(")\n");
            for (Event e : doc.events()) {
                b.append(String.format(Locale.ROOT, "  %-10s %-5s %-32s %-10s %-9s %s%n", e.when() == null ? "" : e.when(),
                        e.cameo(), clip(e.cameoName(), 32), actor(e.source()),
                        e.targets().stream().map(TextReport::actor).collect(Collectors.joining(",")),
                        e.status().jsonName() + (e.where() == null ? "" : " @" + e.where().name())));
                b.append("             \u2190 ").append(clip(e.evidence().text(), 100)).append('\n');
            }
        }
        return b.append('\n').toString();
    }

    private static String actor(EventActor a) {
        return a == null || a.code() == null ? "-" : a.code().toString();
    }

    private static String clip(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}
