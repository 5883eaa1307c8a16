/**
 * Reference tables written for Dossier and their loaders: countries of ISO 3166-1 with names, adjectives and
 * capitals ({@code countries.tsv}), institutions, organisations, companies and media with CAMEO-style actor codes
 * ({@code institutions.tsv}), and title or role words with CAMEO role codes ({@code roles.tsv}). The files live
 * beside these classes under {@code src/main/resources}; their sources and licence are in {@code NOTICE.md} there.
 *
 * <p>Dated actors: {@link dev.dossier.reference.Leaders} ({@code leaders.tsv}, written for Dossier, office holders and
 * groups through 2026 with a source per row) and {@link dev.dossier.reference.ActorBase} ({@code actors.tsv}, derived
 * from PETRARCH-2's Phoenix dictionaries by {@code tools/petrarch-actors}, about 26,000 actors whose knowledge ends in
 * January 2014) give the code a name stands for on a day; the first wins over the second. {@code agents.tsv}, derived
 * by the same tool, holds PETRARCH's agent words ({@link dev.dossier.reference.RoleLexicon#agents()}), read after
 * {@code roles.tsv}. Traps: a code applies only within its dates, so the same name may be a rebel in 2019 and the
 * government in 2022; without a publication date only what holds at all times (or the country alone) is given; an
 * open-ended Phoenix term ("since 2005") says nothing about office after 2014, so it gives only the country then.
 *
 * <p>Every loader fails on a bad entry with the file name, line number and what is wrong, so a typo in a table
 * stops the build's tests rather than silently dropping a country. Traps: short names ("US") match only in their
 * written case so that the pronoun "us" is not a country; "Congolese" and "Dominican" are shared by two countries,
 * and the first row wins.
 */
package dev.dossier.reference;
