/**
 * Event coding: the political interactions an article reports, as CAMEO events with their PLOVER, QuadClass and
 * Goldstein fields, sides, date, place, status and reporter.
 *
 * <p>Concepts. The ontology ({@link dev.dossier.events.CameoOntology}, {@code cameo.tsv}) is data: every CAMEO code
 * with its name, QuadClass (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
 * material conflict), Goldstein score and PLOVER conversion. Patterns ({@link dev.dossier.events.EventPatterns},
 * {@code patterns.tsv}) say which verbs and nouns state which code; behind them, verb frames derived from PETRARCH-2's
 * verb dictionary ({@link dev.dossier.events.VerbFrames}, {@code verb-frames.tsv}, regenerated with
 * {@code tools/petrarch-verbs/PetrarchVerbs.java}, see the resources' README) code the verbs no hand-written pattern
 * takes, matched on the dependency parse by {@link dev.dossier.events.FrameMatcher}; cues ({@link dev.dossier.events.EventCues},
 * {@code cues.tsv}) hold light verbs, intent and status words. {@link dev.dossier.events.EventCoder} finds triggers,
 * then asks small strategies for the sides ({@link dev.dossier.events.ParticipantFinder}), the status
 * ({@link dev.dossier.events.StatusReader}), the date ({@link dev.dossier.events.TimeFinder}) and the place
 * ({@link dev.dossier.events.PlaceFinder}, geocoded with {@link dev.dossier.events.Gazetteer}).
 *
 * <p>Traps. CoreNLP's basic dependencies leave prepositions out of {@code nmod}/{@code obl}; the coder adds them
 * back from the {@code case} word ({@code nmod:between}). An event needs a coded source and target: a meeting with
 * no named sides ("the summit failed") is not an event, since CAMEO codes interactions between actors. A group noun
 * of the reference role table ("insurgents", "police") is a side with its role and, only when a country word
 * modifies it, that country: PETRARCH's records leave "insurgents" in a Syrian story as {@code ---REB}, and guessing
 * the sentence's country cost precision there. An event none of whose sides has a country is dropped. Saying is an
 * event only where CAMEO codes the statement (accusing, praising, denying) or where it names an addressee ("told
 * Kabul that") or, when what was said holds no coded event, a topic actor of another country ("said Iran must"):
 * never a bare "said". What was said is coded in its own right with the speaker as {@code reportedBy}
 * ({@link dev.dossier.events.ReportedSpeech}), and with the status the text gives it: "said the rebels had seized the
 * airport" is a seizure that happened, as reported by the speaker; consumers that want only what the article itself
 * asserts filter on {@code reportedBy}. In "accused Ankara of shelling" Ankara shells and the accuser reports it. An
 * appeal, demand or rejection takes the code of what it asks for or refuses ({@link dev.dossier.events.Appeals}),
 * and the act asked for is hypothetical, the act refused negated. An intention ("ready
 * to resume contacts") is its own CAMEO event (03x), not the meeting it announces; the status then says the meeting
 * is planned. Time expressions belong to the nearest verb or trigger above them, so the date of "the meeting in
 * August" does not leak into the clause that mentions the meeting. When no expression governs an event, its date is
 * the publication date and {@code whenFromText} is false. A derived verb frame never overrides a hand-written
 * pattern: where both apply, the hand-written one is the project's decision (it may have left a reading out on
 * purpose); a frame whose object is a hand-written event noun after a light verb ("staged a protest") leaves the event
 * to the noun. PETRARCH codes every "said" as 010; those frames are excluded, as Dossier codes no bare statement.
 */
package dev.dossier.events;
