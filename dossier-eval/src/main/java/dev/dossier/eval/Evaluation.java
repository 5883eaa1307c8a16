package dev.dossier.eval;

import dev.dossier.pipeline.Pipeline;

import java.nio.file.Path;

/** One evaluation format: reads its gold data under a path, runs the pipeline, scores what it finds. */
public interface Evaluation {

    /** Short name used on the command line: {@code dossier eval <name>}. */
    String name();

    /**
     * Runs the evaluation.
     *
     * @param pipeline the pipeline to evaluate
     * @param gold     a gold file or directory in this evaluation's format
     */
    ScoreTable run(Pipeline pipeline, Path gold);
}
