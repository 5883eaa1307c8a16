package dev.dossier.eval;

import dev.dossier.pipeline.TestPipelines;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Event kinds on ConfliBERT's labelled news sentences of the shared data, with the full pipeline; fails when a figure
 * falls below {@code ratchets/quadclass.properties}.
 */
class QuadClassEvaluationIT {

    @Test
    void labelledSentencesHoldTheirRatchet() throws Exception {
        var gold = SharedData.resolve("gold/events/conflibert_cameo_class_train.tsv");
        assumeTrue(gold.isPresent() && Files.exists(gold.get()),
                "shared data absent: skipping the ConfliBERT event-kind evaluation");
        ScoreTable table = new QuadClassEvaluation().run(TestPipelines.standard(), gold.get());
        System.out.print(table.render());
        Path ratchet = Path.of(getClass().getResource("/ratchets/quadclass.properties").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations) + "\n" + table.render());
    }
}
