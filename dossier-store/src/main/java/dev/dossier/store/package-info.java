/**
 * The knowledge base across articles: {@link dev.dossier.store.Store} (embedded H2 by default, PostgreSQL by URL,
 * schema by Flyway migrations in {@code db/migration}), the {@link dev.dossier.store.Ingestor} that fills it, and
 * the rules that make one picture of many articles.
 *
 * <p>Concepts: an article is identified by the hash of its normalised text, so re-ingesting changes nothing.
 * Entities merge across articles by normalised name, type and actor country ({@link dev.dossier.store.EntityResolver},
 * aliases in {@code aliases.tsv}); the actor memory codes a name in later articles that drop its title. An event
 * reported by several articles is stored once with one mention per report ({@link dev.dossier.store.EventMatcher},
 * GDELT's events/mentions split). Agreements and plans get a timeline of claims about their standing
 * ({@link dev.dossier.store.StateDetector}); contradicting claims from different sources are all kept.
 *
 * <p>Traps: everything one article contributes, including updates to merged entities, events and the actor memory,
 * is written in that article's transaction; a crash never leaves half an article. Merging depends on input order
 * only through which article is "first" for an event or a memory; counts and claims do not. An ingest commits
 * articles in groups, each behind its own savepoint, so a failing article is taken back alone.
 *
 * <p>Concurrency: reads use a connection pool and may come from many threads and, for the embedded store, from
 * other processes (H2's mixed mode); one writer at a time holds the store's {@link dev.dossier.store.WriteLock}.
 */
package dev.dossier.store;
