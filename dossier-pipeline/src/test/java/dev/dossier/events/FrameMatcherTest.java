package dev.dossier.events;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verb-frame matcher's general mechanisms on sentences built from literals, with small frame tables of the
 * shipped format: particles, objects and their modifiers, prepositional phrases on the verb or its object, subjects,
 * passives, the most specific frame winning, frames that state no event, and hand-written patterns winning.
 */
class FrameMatcherTest {

    private static final String HEAD = "";

    private static VerbFrames frames(String... rows) {
        StringBuilder b = new StringBuilder("# test frames\n");
        for (String r : rows) {
            b.append(r.replace(' ', '\t').replace('~', ' ')).append('\n');
        }
        return VerbFrames.read("test-frames.tsv", b.toString().getBytes(StandardCharsets.UTF_8),
                CameoOntology.standard());
    }

    /** Triggers with only these frames and these hand-written patterns. */
    private static List<TriggerFinder.Trigger> triggers(Document doc, VerbFrames frames, List<EventPattern> hand,
                                                        Set<String> light) {
        TriggerFinder finder = new TriggerFinder(EventPatterns.of(hand).withFrames(frames),
                new EventCues(light, Set.of("plan"), Set.of("say"), Set.of(), Map.of(), Map.of(), Map.of(), Set.of(),
                        Set.of(), Map.of(), Map.of()));
        return finder.find(new ParseGraph(doc));
    }

    private static List<String> codes(List<TriggerFinder.Trigger> ts) {
        return ts.stream().map(t -> t.pattern().code()).toList();
    }

    private static LiteralDocument countries() {
        return new LiteralDocument()
                .entity("kenya", EntityType.COUNTRY, "KEN", "Kenya")
                .entity("japan", EntityType.COUNTRY, "JPN", "Japan")
                .entity("turkey", EntityType.COUNTRY, "TUR", "Turkey")
                .entity("greece", EntityType.COUNTRY, "GRC", "Greece");
    }

    @Test
    void particleMustBeAttachedToTheVerb() {
        VerbFrames f = frames("160 - call off - - - x", "041 - call - - - - x");
        Document off = countries().sentence("Turkey/NNP/Turkey/2/nsubj", "called/VBD/call/0/root",
                "off/RP/off/2/compound:prt", "the/DT/the/5/det", "visit/NN/visit/2/obj", "./././2/punct").build();
        Document bare = countries().sentence("Turkey/NNP/Turkey/2/nsubj", "called/VBD/call/0/root",
                "Greece/NNP/Greece/2/obj", "./././2/punct").build();
        assertEquals(List.of("160"), codes(triggers(off, f, List.of(), Set.of())));
        assertEquals(List.of("041"), codes(triggers(bare, f, List.of(), Set.of())));
    }

    @Test
    void mostSpecificFrameWinsAndPrepositionalPhraseIsRead() {
        VerbFrames f = frames("020 - ask - - - - x", "023 - ask - - - for=aid x",
                "0233 - ask - - - for=humanitarian_aid x");
        Document aid = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "asked/VBD/ask/0/root", "Japan/NNP/Japan/2/obj",
                "for/IN/for/5/case", "aid/NN/aid/2/obl", "./././2/punct").build();
        Document humanitarian = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "asked/VBD/ask/0/root",
                "Japan/NNP/Japan/2/obj", "for/IN/for/6/case", "humanitarian/JJ/humanitarian/6/amod", "aid/NN/aid/2/obl",
                "./././2/punct").build();
        Document plain = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "asked/VBD/ask/0/root", "Japan/NNP/Japan/2/obj",
                "./././2/punct").build();
        assertEquals(List.of("023"), codes(triggers(aid, f, List.of(), Set.of())));
        assertEquals(List.of("0233"), codes(triggers(humanitarian, f, List.of(), Set.of())));
        assertEquals(List.of("020"), codes(triggers(plain, f, List.of(), Set.of())));
    }

    @Test
    void objectModifierMustModifyTheObject() {
        VerbFrames f = frames("0233 - request - - humanitarian_aid - x");
        Document military = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "requested/VBD/request/0/root",
                "military/JJ/military/4/amod", "aid/NN/aid/2/obj", "./././2/punct").build();
        Document humanitarian = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "requested/VBD/request/0/root",
                "humanitarian/JJ/humanitarian/4/amod", "aid/NN/aid/2/obj", "./././2/punct").build();
        assertTrue(triggers(military, f, List.of(), Set.of()).isEmpty());
        assertEquals(List.of("0233"), codes(triggers(humanitarian, f, List.of(), Set.of())));
    }

    @Test
    void prepositionalPhraseOfTheObjectCountsAndSidesAreCoded() {
        VerbFrames f = frames("070 - send - - aid to x");
        Document doc = countries().sentence("Japan/NNP/Japan/2/nsubj", "sent/VBD/send/0/root", "aid/NN/aid/2/obj",
                "to/TO/to/5/case", "Kenya/NNP/Kenya/3/nmod", "./././2/punct").build();
        assertEquals(List.of("070"), codes(triggers(doc, f, List.of(), Set.of())));
        EventCoder coder = coder(EventPatterns.of(List.of()).withFrames(f));
        List<Event> events = coder.annotate(doc).events();
        assertEquals(1, events.size());
        assertEquals("JPN", events.getFirst().source().code().country());
        assertEquals("KEN", events.getFirst().targets().getFirst().code().country());
    }

    @Test
    void subjectConditionAndPassiveObject() {
        VerbFrames f = frames("085 - lift - - sanction - x", "154 - cross - troops|soldier border - x");
        Document passive = countries().sentence("Sanctions/NNS/sanction/5/nsubj:pass", "on/IN/on/3/case",
                "Turkey/NNP/Turkey/1/nmod", "were/VBD/be/5/aux:pass", "lifted/VBN/lift/0/root", "./././5/punct").build();
        Document troops = countries().sentence("Greek/JJ/greek/2/amod", "troops/NNS/troop/3/nsubj",
                "crossed/VBD/cross/0/root", "the/DT/the/5/det", "border/NN/border/3/obj", "./././3/punct").build();
        Document trucks = countries().sentence("Greek/JJ/greek/2/amod", "trucks/NNS/truck/3/nsubj",
                "crossed/VBD/cross/0/root", "the/DT/the/5/det", "border/NN/border/3/obj", "./././3/punct").build();
        assertEquals(List.of("085"), codes(triggers(passive, f, List.of(), Set.of())));
        assertEquals(List.of("154"), codes(triggers(troops, f, List.of(), Set.of())));
        assertTrue(triggers(trucks, f, List.of(), Set.of()).isEmpty());
    }

    @Test
    void frameWithoutCodeBlocksTheBareVerb() {
        VerbFrames f = frames("041 - call - - - - x", "--- - call - - cabinet_meeting - x");
        Document doc = countries().sentence("Turkey/NNP/Turkey/2/nsubj", "called/VBD/call/0/root", "a/DT/a/5/det",
                "cabinet/NN/cabinet/5/compound", "meeting/NN/meeting/2/obj", "./././2/punct").build();
        assertTrue(triggers(doc, f, List.of(), Set.of()).isEmpty());
    }

    @Test
    void handWrittenPatternWinsAndNominalEventKeepsItsLightVerb() {
        VerbFrames f = frames("036 - meet - - - for=talks x", "141 - stage - - protest - x");
        EventPattern meet = new EventPattern("040", EventPattern.Kind.VERB, List.of("meet"), Set.of(), Set.of());
        EventPattern protest = new EventPattern("141", EventPattern.Kind.NOUN, List.of("protest"), Set.of(), Set.of());
        Document talks = countries().sentence("Turkey/NNP/Turkey/2/nsubj", "met/VBD/meet/0/root",
                "Greece/NNP/Greece/2/obj", "for/IN/for/5/case", "talks/NNS/talk/2/obl", "./././2/punct").build();
        List<TriggerFinder.Trigger> t = triggers(talks, f, List.of(meet, protest), Set.of("stage"));
        assertEquals(List.of("040"), codes(t));
        assertEquals(TriggerFinder.HAND, t.getFirst().origin());

        Document staged = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "staged/VBD/stage/0/root", "a/DT/a/4/det",
                "protest/NN/protest/2/obj", "./././2/punct").build();
        List<TriggerFinder.Trigger> s = triggers(staged, f, List.of(meet, protest), Set.of("stage"));
        assertEquals(1, s.size());
        assertEquals("protest", staged.tokens().get(s.getFirst().token()).text());
        // without the hand-written noun, the frame codes the verb
        List<TriggerFinder.Trigger> v = triggers(staged, f, List.of(meet), Set.of("stage"));
        assertEquals("staged", staged.tokens().get(v.getFirst().token()).text());
        assertTrue(v.getFirst().origin().startsWith("test-frames.tsv:"));
    }

    @Test
    void cueVerbsTakeOnlyFramesWithACondition() {
        VerbFrames f = frames("030 - plan - - - - x", "141 - plan - - protest - x");
        Document bare = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "plans/VBZ/plan/0/root", "talks/NNS/talk/2/obj",
                "./././2/punct").build();
        Document protest = countries().sentence("Kenya/NNP/Kenya/2/nsubj", "plans/VBZ/plan/0/root", "a/DT/a/4/det",
                "protest/NN/protest/2/obj", "./././2/punct").build();
        assertTrue(triggers(bare, f, List.of(), Set.of()).isEmpty());
        assertEquals(List.of("141"), codes(triggers(protest, f, List.of(), Set.of())));
    }

    private static EventCoder coder(EventPatterns patterns) {
        EventCoder.Config d = EventCoder.Config.defaults();
        return new EventCoder(new EventCoder.Config(d.cameo(), patterns, d.cues(), d.gazetteer(), d.countries(),
                d.leaders(), d.partnerSentences(), true));
    }
}
