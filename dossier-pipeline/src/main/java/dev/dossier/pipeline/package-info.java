/**
 * The annotator contract and the pipeline that runs annotators in order.
 *
 * <p>An {@link dev.dossier.pipeline.Annotator} declares the {@link dev.dossier.model.Layer layers} it requires and
 * produces. {@link dev.dossier.pipeline.Pipeline.Builder#build()} checks the declarations in order and refuses to build
 * a pipeline whose annotators would run without their inputs, printing a table of what is missing; it never adds or
 * reorders annotators behind the caller's back.
 *
 * <p>One contract serves one document and many: {@link dev.dossier.pipeline.Pipeline#annotate} and
 * {@link dev.dossier.pipeline.Pipeline#annotateAll}. Many documents are annotated on several threads with the same
 * annotators (each annotator is thread-safe, models are loaded once), results come back in input order, and a
 * document that fails is reported as a {@link dev.dossier.pipeline.Outcome.Failed} without stopping the others.
 */
package dev.dossier.pipeline;
