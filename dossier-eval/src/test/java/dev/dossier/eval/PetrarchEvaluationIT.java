package dev.dossier.eval;

import dev.dossier.pipeline.TestPipelines;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Event coding on the PETRARCH sentence records of the shared data (validation and unit-test files), with the full
 * pipeline; fails when a figure falls below {@code ratchets/petrarch.properties}.
 */
class PetrarchEvaluationIT {

    @Test
    void petrarchRecordsHoldTheirRatchet() throws Exception {
        var gold = SharedData.resolve("gold/events");
        assumeTrue(gold.isPresent() && Files.exists(gold.get().resolve("petr2_gsr_validation.jsonl")),
                "shared data absent: skipping the PETRARCH evaluation");
        ScoreTable table = new PetrarchEvaluation().run(TestPipelines.standard(), gold.get());
        System.out.print(table.render());
        Path ratchet = Path.of(getClass().getResource("/ratchets/petrarch.properties").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations) + "\n" + table.render());
    }
}
