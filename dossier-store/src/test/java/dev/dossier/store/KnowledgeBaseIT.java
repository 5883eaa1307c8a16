package dev.dossier.store;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventStatus;
import dev.dossier.store.query.Query;
import dev.dossier.store.query.StateView;
import dev.dossier.store.query.Table;
import dev.dossier.store.query.TimelineEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge base on literal documents, against the embedded store and PostgreSQL. */
class KnowledgeBaseIT {

    static Document meeting() {
        return Docs.article("a", "2025-08-16", "Wire A", "Russian President Vladimir Putin met US President Donald "
                        + "Trump in Anchorage on August 15. Putin said the talks were \u201Cconstructive and useful\u201D. "
                        + "Officials in Kiev were not invited.")
                .entity("e1", "Vladimir Putin", EntityType.PERSON, "Vladimir Putin", "RUSGOV", "President of Russia")
                .entity("e2", "Donald Trump", EntityType.PERSON, "Donald Trump", "USAGOV", "President of the United States")
                .entity("e3", "Kiev", EntityType.LOCATION, "Kiev", "UKR", null)
                .quote("constructive and useful", "e1", "Vladimir Putin", "Putin")
                .event("043", "e1", null, "e2", null, "2025-08-15", true, "Anchorage", EventStatus.HAPPENED,
                        "met US President Donald Trump in Anchorage on August 15")
                .build();
    }

    static Document sameMeetingElsewhere() {
        return Docs.article("b", "2025-08-17", "Wire B", "Trump and Putin held talks in Anchorage on Friday, and "
                        + "Putin later flew home. Kyiv watched closely.")
                .entity("x1", "Trump", EntityType.PERSON, "Trump", null, null)
                .entity("x2", "Putin", EntityType.PERSON, "Putin", null, null)
                .entity("x3", "Kyiv", EntityType.LOCATION, "Kyiv", "UKR", null)
                .event("043", "x1", null, "x2", null, "2025-08-15", true, null, EventStatus.HAPPENED,
                        "Trump and Putin held talks in Anchorage on Friday")
                .build();
    }

    static Document laterMeeting() {
        return Docs.article("c", "2025-10-21", "Wire A", "Vladimir Putin and Donald Trump met again on October 20 "
                        + "by video link.")
                .entity("y1", "Vladimir Putin", EntityType.PERSON, "Vladimir Putin", "RUSGOV", null)
                .entity("y2", "Donald Trump", EntityType.PERSON, "Donald Trump", "USAGOV", null)
                .event("043", "y1", null, "y2", null, "2025-10-20", true, null, EventStatus.HAPPENED,
                        "Vladimir Putin and Donald Trump met again on October 20")
                .build();
    }

    static List<Document> summitStory() {
        return List.of(
                Docs.article("s1", "2025-10-16", "Wire A", "The two leaders agreed to hold a summit in Budapest "
                        + "within weeks.").build(),
                Docs.article("s2", "2025-10-22", "Wire B", "The planned Budapest summit was postponed indefinitely, "
                        + "officials said.").build(),
                Docs.article("s3", "2025-11-20", "Wire A", "The Budapest summit has been cancelled, the White House "
                        + "said.").build(),
                Docs.article("s4", "2025-11-21", "Wire C", "The Budapest summit will take place as agreed, "
                        + "Hungarian officials insisted.").build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dossier.store.Backends#all")
    void mergesEntitiesEventsAndRemembersActors(String backend) {
        try (Store store = Backends.open(backend)) {
            assertEquals(Store.PutResult.STORED, store.put(meeting(), "a.json", "given", null));
            assertEquals(Store.PutResult.STORED, store.put(sameMeetingElsewhere(), "b.json", "given", null));
            assertEquals(Store.PutResult.STORED, store.put(laterMeeting(), "c.json", "given", null));
            var q = store.queries();

            Table putin = q.entities(Query.all().withActor("Putin"));
            assertEquals(1, putin.size(), "'Putin' and 'Vladimir Putin' are one entity");
            assertEquals(3L, ((Number) putin.value(0, "articles")).longValue());
            assertEquals("RUSGOV", putin.value(0, "actor_code"));
            assertEquals(1, q.entities(Query.all().withActor("Kyiv")).size(), "Kiev and Kyiv are one entity");
            assertEquals(q.entities(Query.all().withActor("Kiev")).rows().get(0)[0],
                    q.entities(Query.all().withActor("Kyiv")).rows().get(0)[0]);

            Table mentions = q.export("entity_mentions");
            boolean fromMemory = false;
            for (int r = 0; r < mentions.size(); r++) {
                if ("Putin".equals(mentions.value(r, "text")) && "memory".equals(mentions.value(r, "code_from"))) {
                    fromMemory = "RUSGOV".equals(mentions.value(r, "actor_code"));
                }
            }
            assertTrue(fromMemory, "the bare 'Putin' of article b is coded RUSGOV from the actor memory");

            Table events = q.events(Query.all().withDyad("USA-RUS"));
            assertEquals(2, events.size(), "the Anchorage meeting once, the October meeting once");
            assertEquals(2, events.value(0, "num_mentions"));
            assertEquals(2, events.value(0, "num_sources"));
            assertEquals(LocalDate.of(2025, 8, 15), events.value(0, "event_date"));
            assertEquals("Anchorage", events.value(0, "place"));
            assertEquals(1, events.value(1, "num_mentions"));
            assertEquals(3, q.export("event_mentions").size());

            assertEquals(1, q.events(new Query("RUS", null, "04", LocalDate.of(2025, 10, 1),
                    LocalDate.of(2025, 10, 31), null, null, 10)).size());
            assertEquals(0, q.events(new Query(null, null, "19", null, null, null, null, 10)).size());
            assertEquals(1, q.quotes(new Query(null, null, null, null, null, "Putin", null, 10)).size());
            assertEquals(2, q.articles(new Query(null, null, null, null, null, null, "Anchorage", 10)).size(),
                    "full-text search finds the two articles that name Anchorage");
            assertEquals(1, q.articles(new Query(null, null, null, null, null, null, "video link", 10)).size());

            List<TimelineEntry> timeline = q.timeline("RUS", null, null);
            assertEquals(List.of("event", "quote", "event"), timeline.stream().map(TimelineEntry::kind).toList());
            assertEquals(timeline, q.timeline("USA-RUS", null, null).stream()
                    .filter(e -> e.kind().equals("event") || e.who().contains("Putin")).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dossier.store.Backends#all")
    void storingTheSameArticleAgainChangesNothing(String backend) {
        try (Store store = Backends.open(backend)) {
            store.put(meeting(), "a.json", "given", null);
            Map<String, Long> before = store.queries().counts();
            assertEquals(Store.PutResult.DUPLICATE, store.put(meeting(), "again.json", "given", null));
            assertEquals(before, store.queries().counts());
            assertTrue(store.contains(dev.dossier.ingest.ContentHash.of(meeting().text())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dossier.store.Backends#all")
    void anArticleThatFailsHalfWayLeavesNothingBehind(String backend) {
        try (Store store = Backends.open(backend)) {
            store.put(meeting(), "a.json", "given", null);
            Map<String, Long> before = store.queries().counts();
            Document broken = Docs.article("bad", "2025-08-18", "Wire D", "Vladimir Putin met a delegation on Monday.")
                    .entity("z1", "Vladimir Putin", EntityType.PERSON, "Vladimir Putin", "RUSGOV", null)
                    .entity("z2", "A Delegation", EntityType.ORGANIZATION, "delegation", null, null)
                    .event("043", "z1", null, "z2", "XYZ" + "GOV".repeat(21), null, false, null,
                            EventStatus.HAPPENED, "Vladimir Putin met a delegation on Monday")
                    .build();
            assertThrows(StoreException.class, () -> store.put(broken, "bad.json", "given", null));
            assertEquals(before, store.queries().counts(), "the failed article left no rows");
            assertFalse(store.contains(dev.dossier.ingest.ContentHash.of(broken.text())));
            assertEquals(Store.PutResult.STORED, store.put(laterMeeting(), "c.json", "given", null),
                    "the store works on after a failed article");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dossier.store.Backends#all")
    void tracksAPlanThroughItsStatesAndKeepsContradictionsSideBySide(String backend) {
        try (Store store = Backends.open(backend)) {
            for (Document d : summitStory()) {
                store.put(d, d.id(), "none", null);
            }
            List<StateView> states = store.queries().states("Budapest");
            assertEquals(1, states.size());
            StateView summit = states.get(0);
            assertEquals("Budapest summit", summit.subject());
            assertEquals("plan", summit.kind());
            assertEquals(List.of("announced", "announced", "postponed", "cancelled", "announced"),
                    summit.claims().stream().map(StateView.Claim::standing).toList());
            assertEquals(List.of("Wire A", "Wire B", "Wire B", "Wire A", "Wire C"),
                    summit.claims().stream().map(StateView.Claim::outlet).toList());
            assertEquals("disputed", summit.current(), "Wire C contradicts Wire A's cancellation a day later");
            assertTrue(summit.claims().get(3).contradicts() && summit.claims().get(4).contradicts());
            assertFalse(summit.claims().get(2).contradicts());
        }
    }
}
