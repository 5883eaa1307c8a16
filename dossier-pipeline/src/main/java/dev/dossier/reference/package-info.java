/**
 * Reference tables written for Dossier and their loaders: countries of ISO 3166-1 with names, adjectives and
 * capitals ({@code countries.tsv}), institutions, organisations, companies and media with CAMEO-style actor codes
 * ({@code institutions.tsv}), and title or role words with CAMEO role codes ({@code roles.tsv}). The files live
 * beside these classes under {@code src/main/resources}; their sources and licence are in {@code NOTICE.md} there.
 *
 * <p>Every loader fails on a bad entry with the file name, line number and what is wrong, so a typo in a table
 * stops the build's tests rather than silently dropping a country. Traps: short names ("US") match only in their
 * written case so that the pronoun "us" is not a country; "Congolese" and "Dominican" are shared by two countries,
 * and the first row wins.
 */
package dev.dossier.reference;
