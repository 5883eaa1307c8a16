/**
 * Ingest: turning files of many kinds into articles ready for the store, each identified by a content hash.
 *
 * <p>{@link dev.dossier.ingest.InputWalker} walks files and folders and hands each file to the reader for its
 * format: plain text with front matter or a sidecar ({@link dev.dossier.ingest.Sidecar}), HTML pages
 * ({@link dev.dossier.ingest.HtmlArticleReader}), JSON Lines (plain articles, or analyses written by
 * {@code dossier analyze}: {@link dev.dossier.ingest.AnalysedJsonReader}), RSS and Atom feeds
 * ({@link dev.dossier.ingest.FeedReader}) and WARC crawls ({@link dev.dossier.ingest.WarcArticleReader}).
 *
 * <p>Traps: the same story reaches us through several formats (a feed item and the page it links to), so identity
 * is the hash of the normalised text ({@link dev.dossier.ingest.ContentHash}), never a file name. A bad file or record
 * becomes an {@link dev.dossier.ingest.IngestItem.Rejected} with a reason; it never stops the walk.
 */
package dev.dossier.ingest;
