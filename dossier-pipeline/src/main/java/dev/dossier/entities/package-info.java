/**
 * Entities: mentions of one article merged into people, organisations, countries and places with canonical names
 * ({@link dev.dossier.entities.EntityResolver}).
 *
 * <p>Concepts: a <em>mention</em> is what CoreNLP found (a name, a description, a pronoun, with a coreference chain
 * id); an <em>entity</em> is what the article talks about, with every mention that refers to it. Countries are
 * merged across their names, adjectives and capitals because news writes "Moscow" and "Russian" for Russia.
 *
 * <p>Traps: CoreNLP marks pronouns ("his", "he") as PERSON name mentions and titles ("President", "journalist")
 * as TITLE mentions: the first are read as pronouns, the second are left to the actor stage. Its fastneural
 * coreference links a named person with "he" and "his" but often leaves a description ("The presidential aide")
 * in a chain of its own and never marks "the official"; {@link dev.dossier.entities.DescriptionLinker} fills that
 * gap from the role words written beside names. A capital is a country only when it acts ("Moscow said"), not
 * when it is a place ("in Budapest"). A hyphenated pair of names ("Trump-Putin") is split into its people.
 */
package dev.dossier.entities;
