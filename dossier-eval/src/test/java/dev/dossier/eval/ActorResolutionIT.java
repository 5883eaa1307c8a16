package dev.dossier.eval;

import dev.dossier.pipeline.TestPipelines;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Actor coding on the shared NGEC actor-resolution table holds the floors of {@code ratchets/actors.properties}. */
class ActorResolutionIT {

    @Test
    void actorCodingHoldsItsRatchet() throws Exception {
        var gold = SharedData.resolve("gold/events/ngec_actor_resolution_gold.tsv");
        assumeTrue(gold.isPresent(), "shared data absent: skipping the actor-resolution evaluation");
        ScoreTable table = new ActorResolutionEvaluation().run(TestPipelines.standard(), gold.get());
        Path ratchet = Path.of(getClass().getResource("/ratchets/actors.properties").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations) + "\n" + table.render());
    }
}
