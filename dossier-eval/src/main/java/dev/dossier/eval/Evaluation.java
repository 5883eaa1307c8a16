package dev.dossier.eval;

import dev.dossier.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.List;

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

    /**
     * Runs the evaluation on several gold files or directories; only evaluations that read a corpus take more than
     * one.
     *
     * @throws IllegalArgumentException when this evaluation takes one path and several were given
     */
    default ScoreTable run(Pipeline pipeline, List<Path> gold) {
        if (gold.size() != 1) {
            throw new IllegalArgumentException("dossier eval " + name() + " takes one gold file or directory, not "
                    + gold.size());
        }
        return run(pipeline, gold.getFirst());
    }
}
