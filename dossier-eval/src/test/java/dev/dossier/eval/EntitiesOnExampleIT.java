package dev.dossier.eval;

import dev.dossier.pipeline.TestPipelines;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the standard pipeline (real CoreNLP models) on the shared acceptance example and checks that every listed
 * person, organisation, country and place is found, with the right actor code where one is expected.
 */
class EntitiesOnExampleIT {

    @Test
    void everyListedEntityIsFoundWithItsActorCode() {
        var dir = SharedData.resolve("examples/alaska-understanding");
        assumeTrue(dir.isPresent(), "shared data absent: set -Ddossier.shared=DIR to run this test");
        Path gold = dir.get();
        ScoreTable table = new ExpectedAnalysisEvaluation().run(TestPipelines.standard(), gold);
        String report = table.render();
        Score entities = table.get("entities");
        Score actors = table.get("entities.actor");
        assertEquals(1.0, entities.recall(), 1e-9, report);
        assertEquals(1.0, actors.recall(), 1e-9, report);
        assertEquals(1.0, entities.precision(), 1e-9, "no entity outside the expected list\n" + report);
    }
}
