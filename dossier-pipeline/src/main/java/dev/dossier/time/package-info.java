/**
 * Dates resolved against the article's publication date: {@link dev.dossier.time.TimeNormalizer} gives every
 * temporal expression CoreNLP found a TIMEX3 value ({@link dev.dossier.model.Timex}).
 *
 * <h2>Concepts</h2>
 * <ul>
 *   <li><b>Anchor</b>: the publication date. Relative expressions ("last month", "yesterday", "three years ago")
 *       are counted from it; with no publication date CoreNLP's values stand.</li>
 *   <li><b>Precision</b>: a value says only what the text says. "In August" is {@code 2025-08}, not a day;
 *       "this year" is {@code 2025}; "the 1990s" is {@code 199}; "in the fall" is {@code 2025-FA}.</li>
 *   <li><b>Direction by tense</b>: an expression that names a recurring period without its year or week
 *       ("on Sunday", "in August", "in the fall") means the instance on or before publication when the governing
 *       verb is past ("met on Sunday"), after it when future ("will meet on Sunday"), and the nearest otherwise.
 *       A shift word overrides the tense: "last" strictly before, "next" strictly after, "this" the current one.</li>
 *   <li><b>Rules as strategies</b>: each kind of expression has a small {@link dev.dossier.time.TimexRule}; the
 *       normalizer asks them in order and keeps CoreNLP's value when none answers. The words they read
 *       (month, weekday and season names, units, "last"/"next", "yesterday", "now") are in
 *       {@code time-words.tsv}, loaded by {@link dev.dossier.time.TimeLexicon}; holidays and their date rules are in
 *       {@code holidays.tsv}.</li>
 *   <li><b>Discourse</b>: some expressions count from what the article said before, not from publication. Once a
 *       quarter is named, "the quarter" and "a year earlier" refer to it (the reporting period of business news);
 *       "that year", "the following month", "the next day" count from the last date resolved before them.</li>
 * </ul>
 *
 * <h2>Traps</h2>
 * <ul>
 *   <li>An article published on a Sunday that says "on Sunday" in the past tense means that very day.</li>
 *   <li>Durations ("the past three years", "24 hours") are not dates: they keep {@code P3Y}, {@code PT24H}. Only
 *       their type tells them from "the past year" used as a date; the rules trust CoreNLP's type.</li>
 *   <li>"Last year" and "the last year" differ: a calendar year versus the twelve months before publication
 *       (a duration). Plural units ("in recent months", "the coming weeks") are left vague.</li>
 *   <li>Winter straddles two years; the value names the year of its December ({@code 2025-WI} runs into
 *       February 2026).</li>
 *   <li>"May" is a month only inside an expression CoreNLP already marked as temporal; the rules never look for
 *       expressions in running text themselves.</li>
 *   <li>Headlines and lead paragraphs often use the present tense for past events; a present-tense verb therefore
 *       picks the nearest instance in either direction rather than a future one.</li>
 *   <li>The verb that governs an expression is not always the sentence's main verb: in "said he will visit on
 *       Friday" it is "visit". A time that modifies a noun ("Thursday's close", "a June agreement") or an end point
 *       ("extended to Nov. 20", "until Friday") gets no direction from the verb; an infinitive after a past verb
 *       ("planned to leave on Thursday") neither. But "until" after a verb in the simple past that ends a state or an
 *       activity ("she led the mission until August") closes a period that is over: past. Not after a perfect
 *       ("has given them until Tuesday"), which sets a deadline.</li>
 *   <li>CoreNLP often attaches a part of the day from outside the span ("Wednesday" of "Wednesday night"); it is
 *       dropped, while clock times ("10 p.m. Wednesday") are kept. When CoreNLP splits one expression in two
 *       mentions with the same value ("Friday" + "night", "Feb." + "10") or leaves a lone adjective without a value
 *       ("fiscal" + "1989"), the halves are joined first.</li>
 *   <li>A time that locates an event noun ("a mission in December") takes the tense of the noun's clause; a
 *       compound or possessive ("a June agreement") does not. Quarters are reported after they end: "will report
 *       for the third quarter" in October is the quarter just ended.</li>
 * </ul>
 *
 * <h2>TimeML conventions followed</h2>
 * <ul>
 *   <li>"The year ended March 31" is a duration ({@code P1Y}), not a calendar year.</li>
 *   <li>"Three days later": "later" is a signal, the counted units a duration ({@code P3D}); "a few days" is
 *       {@code PXD}, "several years ago" only {@code PAST_REF}.</li>
 *   <li>"That year", "that same day" (CoreNLP takes the unit alone) count from the last date named.</li>
 *   <li>"The first nine months of 1997" is two expressions: {@code P9M} and {@code 1997}.</li>
 *   <li>Plural weekdays recur: "Tuesday nights" is {@code XXXX-WXX-2TNI}; centuries and decades are counted in
 *       their own units ({@code PXC}, {@code PXE}).</li>
 * </ul>
 */
package dev.dossier.time;
