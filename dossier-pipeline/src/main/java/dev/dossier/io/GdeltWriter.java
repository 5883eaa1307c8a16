package dev.dossier.io;

import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes an analysed document's events as rows of the GDELT 2.0 event table (61 tab-separated columns in GDELT's
 * order, mapped by {@link GdeltMapping}, as the store's export maps them), for users whose tools already load GDELT.
 * An event with several targets gives one row per target; the mention and source counts are 1 (one article); the
 * event ID is derived from the article id and the event's position, stable across runs.
 */
public final class GdeltWriter {

    /** GDELT 2.0 event table column names, in order. */
    public static final List<String> COLUMNS = GdeltMapping.COLUMNS;

    private final GdeltMapping mapping;

    public GdeltWriter(GdeltMapping mapping) {
        this.mapping = mapping;
    }

    public GdeltWriter() {
        this(GdeltMapping.standard());
    }

    /** The header line (GDELT's files have none; for tools that want one). */
    public String header() {
        return String.join("\t", COLUMNS);
    }

    /** The rows of one document's events, each a tab-separated line without its line end. */
    public List<String> rows(Document doc) {
        List<String> out = new ArrayList<>();
        long base = (doc.id().hashCode() & 0x7fffffffL) * 10_000L;
        int n = 0;
        for (Event e : doc.events()) {
            List<EventActor> targets = e.targets().isEmpty() ? Collections.singletonList(null) : e.targets();
            for (EventActor target : targets) {
                out.add(String.join("\t", mapping.row(facts(doc, e, target, base + n++))));
            }
        }
        return out;
    }

    private GdeltMapping.Facts facts(Document doc, Event e, EventActor target, long id) {
        LocalDate published = doc.article().published();
        LocalDate day = e.when() != null && e.when().startDay().isPresent() ? e.when().startDay().get() : published;
        Place p = e.where();
        GdeltMapping.Geo action = p == null ? null : mapping.geo(p.name(), p.country(), p.lat(), p.lon());
        return new GdeltMapping.Facts(Long.toString(id), day, code(e.source()), name(doc, e.source()), code(target),
                name(doc, target), e.sentence(), e.cameo(), e.quadClass(), e.goldstein(), 1, 1, 1, action, published,
                doc.article().url() != null ? doc.article().url() : doc.id());
    }

    private static String code(EventActor a) {
        return a == null || a.code() == null ? null : a.code().toString();
    }

    private static String name(Document doc, EventActor a) {
        return a == null || a.entityId() == null ? "" : doc.entity(a.entityId()).map(Entity::name)
                .orElse(a.mention() == null ? "" : a.mention().text());
    }
}
