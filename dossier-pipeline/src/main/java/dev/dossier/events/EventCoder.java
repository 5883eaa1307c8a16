package dev.dossier.events;

import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Layer;
import dev.dossier.model.Place;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.pipeline.Annotator;
import dev.dossier.reference.Countries;
import dev.dossier.reference.Leaders;
import dev.dossier.reference.RoleLexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the political interactions an article reports as CAMEO events: who did what to whom, when, where, how it
 * stands, and who says so.
 *
 * <p>Needs {@link Layer#SENTENCES}, {@link Layer#TOKENS}, {@link Layer#DEPENDENCIES}, {@link Layer#MENTIONS},
 * {@link Layer#TIMES}, {@link Layer#ENTITIES}, {@link Layer#ACTORS} and {@link Layer#QUOTES} (which may be empty).
 * Adds {@link Layer#EVENTS}: one {@link Event} per trigger ({@link TriggerFinder} with {@link EventPatterns}: a verb
 * with its clause, a noun with its phrase) that has a coded source and target (or, for patterns marked
 * {@code no-target}, a source with a country), plus appeals stated by "call on" or "call for" ({@link Appeals}), and
 * accusations, claims and statements with an addressee or topic actor made in reported speech ({@link ReportedSpeech}).
 * An appeal, demand or rejection takes the code of what it asks for or refuses ({@link Appeals}: "urged them to
 * talk", 026). Each event gets its code's name, PLOVER coding, QuadClass and Goldstein score from
 * {@link CameoOntology}; its sides from {@link ParticipantFinder}; its status from {@link StatusReader} (an event
 * stated as an intention becomes the 03x code {@code cues.tsv} names, a cooperation its actor says it will not give
 * the 12x refusal code); its date from {@link TimeFinder}, else the
 * publication date (marked {@code whenFromText = false}); its place from {@link PlaceFinder}; and as
 * {@code reportedBy} the speaker of the quote it lies in, else the subject of the verb of saying, knowing or judging
 * whose complement states it ("the ministry said the rebels had seized", "accused Ankara of shelling").
 *
 * <p>Options ({@link Config}): the data tables (defaults: those shipped in {@code dev/dossier/events/}), and
 * {@code partnerSentences} (default 2), how many sentences back an implicit partner of contacts or talks is sought;
 * {@code quotes} (default true), whether QUOTES is required ({@link Config#withoutQuotes()} for a pipeline with no
 * quote stage, where {@code reportedBy} comes from the parse alone).
 * Immutable and thread-safe.
 */
public final class EventCoder implements Annotator {

    /**
     * What the coder runs with.
     *
     * @param cameo            the CAMEO table
     * @param patterns         the event patterns
     * @param cues             light verbs, intent, speech and status cues
     * @param gazetteer        places for geocoding
     * @param countries        country names and adjectives, for country words the entity layer left out
     * @param leaders          office holders with their terms, for people the actor layer left uncoded
     * @param partnerSentences sentences back an implicit partner is sought; 0 turns the search off
     * @param quotes           whether the QUOTES layer is required and read for {@code reportedBy}; default true
     */
    public record Config(CameoOntology cameo, EventPatterns patterns, EventCues cues, Gazetteer gazetteer,
                         Countries countries, Leaders leaders, int partnerSentences, boolean quotes) {
        public static Config defaults() {
            return new Config(CameoOntology.standard(), EventPatterns.standard(), EventCues.standard(),
                    Gazetteer.standard(), Countries.standard(), Leaders.standard(), 2, true);
        }

        /** The same configuration for pipelines with no quote stage: no QUOTES requirement, reporters read from the parse. */
        public Config withoutQuotes() {
            return new Config(cameo, patterns, cues, gazetteer, countries, leaders, partnerSentences, false);
        }
    }

    private static final RoleLexicon ROLES = RoleLexicon.standard();
    private final Config config;
    private final TriggerFinder triggers;
    private final ParticipantFinder participants;
    private final StatusReader statusReader;
    private final PlaceFinder places;
    private final ReportedSpeech speech;
    private final Appeals appeals;

    public EventCoder(Config config) {
        this.config = config;
        this.triggers = new TriggerFinder(config.patterns(), config.cues());
        this.participants = new ParticipantFinder(config.cues(), config.gazetteer(), config.patterns());
        this.statusReader = new StatusReader(config.cues());
        this.places = new PlaceFinder(config.gazetteer());
        this.speech = new ReportedSpeech(config.cues());
        this.appeals = new Appeals(config.cues(), config.patterns());
    }

    public EventCoder() {
        this(Config.defaults());
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        Set<Layer> needs = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.TIMES,
                Layer.ENTITIES, Layer.ACTORS);
        if (config.quotes()) {
            needs.add(Layer.QUOTES);
        }
        return needs;
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("patterns", Integer.toString(config.patterns().size()),
                "verbFrames", config.patterns().frames().size() + " sha256:" + config.patterns().frames().digest(),
                "cameoCodes", Integer.toString(config.cameo().all().size()),
                "places", Integer.toString(config.gazetteer().size()),
                "partnerSentences", Integer.toString(config.partnerSentences()),
                "quotes", Boolean.toString(config.quotes()));
    }

    @Override
    public Document annotate(Document doc) {
        ParseGraph g = new ParseGraph(doc);
        ActorLocator actors = new ActorLocator(g, config.countries(), config.leaders(), ROLES, config.gazetteer(),
                config.cues().speech());
        List<TriggerFinder.Trigger> found = new ArrayList<>(triggers.find(g));
        Set<Integer> handWritten = new HashSet<>();
        found.stream().filter(t -> TriggerFinder.HAND.equals(t.origin())).forEach(t -> handWritten.add(t.token()));
        for (TriggerFinder.Trigger call : appeals.calls(g, handWritten)) {
            // The appeal rule is hand-written and wins over a derived frame of the same "call", as patterns.tsv does:
            // it codes "called for calm" with no addressee, and refines its code by the act asked for.
            found.removeIf(t -> t.token() == call.token());
            found.add(call);
        }
        Set<Integer> triggerTokens = new HashSet<>();
        found.forEach(t -> triggerTokens.add(t.token()));
        Map<Integer, String> codes = new HashMap<>();
        found.forEach(t -> codes.put(t.token(), t.pattern().code()));
        TimeFinder times = new TimeFinder(g, triggerTokens);
        List<Event> events = new ArrayList<>();
        Set<Integer> accusing = new HashSet<>();
        Set<Integer> codedTriggers = new HashSet<>();
        for (TriggerFinder.Trigger t : found) {
            ParticipantFinder.Sides sides = participants.find(g, actors, t.token(), t.pattern());
            String code = appeals.refine(g, t.token(), t.pattern().code(), codes);
            Reading reading = reading(code, statusReader.read(g, t.token(), sides.lightVerb()));
            List<Event> coded = code(g, actors, times, t, sides, reading);
            events.addAll(coded);
            if (!coded.isEmpty()) {
                codedTriggers.add(t.token());
            }
            if (config.cameo().get(reading.code()).quadClass() == 4) {
                EventStatus status = reading.status();
                if (status == EventStatus.HAPPENED || status == EventStatus.ONGOING) {
                    // what is said to have been done accuses its doer or claims it; what is said to be coming is a
                    // threat or a warning, coded at the trigger itself
                    for (ActorLocator.Side source : usedForce(sides, coded)) {
                        speech.reportedConflict(g, actors, t.token(), source, sides.targets()).ifPresent(a -> {
                            events.add(accusation(g, actors, times, a));
                            accusing.add(a.speech());
                        });
                    }
                }
            }
        }
        for (ReportedSpeech.Accusation a : speech.find(g, actors)) {
            events.add(accusation(g, actors, times, a));
            accusing.add(a.speech());
        }
        // a verb of saying that accuses or claims is coded as that, not again as a statement
        Set<Integer> stated = new HashSet<>(codedTriggers);
        stated.addAll(accusing);
        for (ReportedSpeech.Statement st : speech.statements(g, actors, stated)) {
            StatusReader.Reading r = statusReader.read(g, st.verb(), -1);
            events.add(event(g, actors, times, st.code(), st.speaker(), List.of(st.target()), st.verb(), -1,
                    r.status(), null, span(g, st.verb(), -1, List.of(st.speaker(), st.target()))));
        }
        return doc.withEvents(deduplicate(events));
    }

    /**
     * Who used force at a conflict trigger: the sources of its coded events, or, when none was coded because the
     * target is unknown ("said that Iraq had attacked themselves", "said eight people were killed in an air strike
     * by government forces"), the coded sources the text names, with or without a country.
     */
    private static List<ActorLocator.Side> usedForce(ParticipantFinder.Sides sides, List<Event> coded) {
        List<ActorLocator.Side> sources = sides.sources().stream().filter(s -> s.code() != null).toList();
        if (coded.isEmpty()) {
            return sources;
        }
        return sources.stream().filter(s -> coded.stream().anyMatch(e -> s.toEventActor().equals(e.source())))
                .toList();
    }

    private Event accusation(ParseGraph g, ActorLocator actors, TimeFinder times, ReportedSpeech.Accusation a) {
        StatusReader.Reading r = statusReader.read(g, a.speech(), -1);
        return event(g, actors, times, a.code(), a.source(), List.of(a.target()), a.speech(), -1, r.status(), null,
                span(g, a.speech(), a.noun(), List.of(a.source(), a.target())));
    }

    /** The code and status a trigger's event gets from how it is stated. */
    private record Reading(String code, EventStatus status) {
    }

    /**
     * The pattern's code as the statement reads it: an intention becomes the 03x (or threat) code of its root, a
     * cooperation its actor says it will not give the 12x refusal code; a refused act with no refusal code is
     * negated.
     */
    private Reading reading(String code, StatusReader.Reading r) {
        if (r.refusal()) {
            String refused = config.cues().refusalCode().get(code.substring(0, 2));
            return refused == null ? new Reading(code, EventStatus.NEGATED) : new Reading(refused, r.status());
        }
        if (r.intent()) {
            return new Reading(config.cues().intentCode().getOrDefault(code.substring(0, 2), code), r.status());
        }
        return new Reading(code, r.status());
    }

    /**
     * The events of one trigger: one for a consultation of several sides (the first is the source; CAMEO 04 has
     * no direction), one per source for a joint act of several ("US and British activists staged a protest"), and
     * for other mutual acts one per side towards the others ("Brazil and the US seek to deepen their partnership").
     * No event is coded between sides none of which has a known country ("insurgents attacked the police").
     */
    private List<Event> code(ParseGraph g, ActorLocator actors, TimeFinder times, TriggerFinder.Trigger t,
                             ParticipantFinder.Sides sides, Reading reading) {
        if (sides.sources().isEmpty()) {
            return List.of();
        }
        boolean symmetric = t.pattern().symmetric();
        boolean consultation = t.pattern().code().startsWith("04");
        List<ActorLocator.Side> sources = symmetric && consultation ? List.of(sides.sources().getFirst())
                : sides.sources();
        Place where = places.find(g, actors, t.token(), sides.lightVerb());
        String code = reading.code();
        EventStatus status = reading.status();
        List<Event> out = new ArrayList<>();
        for (ActorLocator.Side source : sources) {
            List<ActorLocator.Side> targets = new ArrayList<>();
            if (symmetric) {
                sides.sources().stream().filter(x -> x != source).forEach(targets::add);
            }
            targets.addAll(sides.targets());
            targets = distinctTargets(source, targets);
            if (targets.isEmpty() && t.pattern().partner() && config.partnerSentences() > 0) {
                actors.nearestBefore(t.token(), source.country(), config.partnerSentences()).ifPresent(targets::add);
            }
            if (targets.isEmpty() && t.pattern().placeTarget() && where != null && where.country() != null
                    && !where.country().equals(source.country())) {
                targets.add(new ActorLocator.Side(t.token(), null, ActorCode.country(where.country()),
                        where.mention() != null ? where.mention() : TextRef.of(g.doc().text(), g.token(t.token()).span())));
            }
            boolean alone = targets.isEmpty() && t.pattern().has(EventPattern.Option.NO_TARGET)
                    && !source.country().isEmpty();
            if (targets.isEmpty() && !alone
                    || source.country().isEmpty() && targets.stream().allMatch(x -> x.country().isEmpty())) {
                continue;
            }
            List<ActorLocator.Side> all = new ArrayList<>(targets);
            all.add(source);
            out.add(event(g, actors, times, code, source, targets, t.token(), sides.lightVerb(), status, where,
                    span(g, t.token(), sides.lightVerb(), all)));
        }
        return out;
    }

    /**
     * Targets other than the source, one per entity; when some target is of another country, those of the source's
     * own country and those of no known country are dropped (they describe the same party or add nothing); a bare
     * country beside a more specific actor of it ("Lebanon" beside "President Suleiman", LBNGOV) is that actor.
     */
    private static List<ActorLocator.Side> distinctTargets(ActorLocator.Side source, List<ActorLocator.Side> targets) {
        Set<String> seen = new HashSet<>();
        seen.add(source.key());
        List<ActorLocator.Side> out = new ArrayList<>();
        for (ActorLocator.Side s : targets) {
            if (seen.add(s.key())) {
                out.add(s);
            }
        }
        if (out.stream().anyMatch(s -> !s.country().isEmpty() && !s.country().equals(source.country()))) {
            out.removeIf(s -> s.country().isEmpty() || s.country().equals(source.country()) && !source.country().isEmpty());
        }
        Set<String> specific = new HashSet<>();
        out.stream().filter(s -> s.code() != null && !s.code().roles().isEmpty()).forEach(s -> specific.add(s.country()));
        out.removeIf(s -> s.code() != null && s.code().roles().isEmpty() && specific.contains(s.country()));
        return out;
    }

    private Event event(ParseGraph g, ActorLocator actors, TimeFinder times, String code, ActorLocator.Side source,
                        List<ActorLocator.Side> targets, int trigger, int lightVerb, EventStatus status, Place where,
                        Span evidence) {
        CameoCode c = config.cameo().get(code);
        TimeExpression time = times.find(trigger, lightVerb);
        Document doc = g.doc();
        Timex when = time != null ? time.value()
                : doc.article().published() == null ? null : Timex.of(doc.article().published());
        List<EventActor> targetActors = targets.stream().map(ActorLocator.Side::toEventActor).toList();
        return new Event(c.code(), c.name(), c.plover(), c.quadClass(), c.goldstein(), source.toEventActor(),
                targetActors, when, time != null, where, status,
                reporter(g, actors, trigger), TextRef.of(doc.text(), evidence), g.token(trigger).sentence());
    }

    /**
     * Who reports the event at a trigger: the speaker of the quote it lies in, else the subject of the verb of
     * saying, knowing or judging that reports its clause; null when neither names one.
     */
    private Speaker reporter(ParseGraph g, ActorLocator actors, int trigger) {
        Span at = g.token(trigger).span();
        if (config.quotes()) {
            for (Quote q : g.doc().quotes()) {
                if (q.span().contains(at) && q.speaker() != null) {
                    return q.speaker();
                }
            }
        }
        return speech.reporter(g, actors, trigger).map(r -> {
            ActorLocator.Side s = r.speaker();
            return new Speaker(s.entity() == null ? null : s.entity().id(), s.name(), s.mention());
        }).orElse(null);
    }

    /** From the first to the last of the trigger, light verb and sides within the trigger's sentence. */
    private static Span span(ParseGraph g, int trigger, int other, List<ActorLocator.Side> sides) {
        int sentence = g.token(trigger).sentence();
        int first = trigger;
        int last = trigger;
        List<Integer> points = new ArrayList<>();
        if (other >= 0) {
            points.add(other);
        }
        for (ActorLocator.Side s : sides) {
            points.addAll(g.tokens(s.mention().span()));
        }
        for (int p : points) {
            if (g.token(p).sentence() == sentence) {
                first = Math.min(first, p);
                last = Math.max(last, p);
            }
        }
        return new Span(g.token(first).span().start(), g.token(last).span().end());
    }

    private static String sideKey(EventActor a) {
        return a.entityId() != null ? a.entityId() : String.valueOf(a.code());
    }

    /** One event per trigger span, code root and pair of sides. */
    private static List<Event> deduplicate(List<Event> events) {
        Set<String> seen = new LinkedHashSet<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events.stream().sorted(Comparator.comparing(Event::span)).toList()) {
            String key = e.cameoRoot() + "|" + sideKey(e.source()) + "|"
                    + e.targets().stream().map(EventCoder::sideKey).sorted().toList() + "|" + e.sentence();
            if (seen.add(key)) {
                out.add(e);
            }
        }
        return out;
    }
}
