package dev.dossier.eval;

import dev.dossier.pipeline.TestPipelines;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The acceptance example: the full pipeline on the shared alaska-understanding article, scored against its
 * expected analysis; fails when a figure falls below {@code ratchets/example.properties}.
 */
class ExampleArticleIT {

    @Test
    void exampleArticleHoldsItsRatchet() throws Exception {
        var example = SharedData.resolve("examples/alaska-understanding");
        assumeTrue(example.isPresent(), "shared data absent: skipping the acceptance example");
        ScoreTable table = new ExpectedAnalysisEvaluation().run(TestPipelines.standard(), example.get());
        System.out.print(table.render());
        Path ratchet = Path.of(getClass().getResource("/ratchets/example.properties").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations) + "\n" + table.render());
    }
}
