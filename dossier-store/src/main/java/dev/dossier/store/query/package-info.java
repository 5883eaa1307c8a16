/**
 * Reading the knowledge base: {@link dev.dossier.store.query.Query} by actor, dyad, CAMEO code, dates, speaker and
 * free text; timelines of an actor or dyad; the states of agreements and plans with their claims side by side.
 */
package dev.dossier.store.query;
