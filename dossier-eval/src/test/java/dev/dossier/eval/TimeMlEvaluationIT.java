package dev.dossier.eval;

import dev.dossier.nlp.CoreNlpAnalyzer;
import dev.dossier.nlp.CoreNlpConfig;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.time.TimeNormalizer;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the TimeML evaluation over all of TimeBank and AQUAINT (TBAQ-cleaned) and fails when a figure falls below
 * {@code ratchets/timeml.properties}. Coreference plays no part in dates, so the pipeline leaves it out to save
 * time; the normalizer is the one the standard pipeline uses. Skips when the shared data is absent.
 */
class TimeMlEvaluationIT {

    @Test
    void timeBankAndAquaintStayAboveTheRatchet() throws URISyntaxException {
        var gold = SharedData.resolve("gold/time/TBAQ-cleaned");
        assumeTrue(gold.isPresent(), "shared data gold/time/TBAQ-cleaned is absent; set -Ddossier.shared");
        Pipeline pipeline = Pipeline.builder()
                .add(new CoreNlpAnalyzer(CoreNlpConfig.defaults().withoutCoref()))
                .add(new TimeNormalizer())
                .build();
        long start = System.nanoTime();
        ScoreTable table = new TimeMlEvaluation().run(pipeline, gold.get());
        System.out.print(table.render());
        System.out.printf("TimeML evaluation took %.0f s%n", (System.nanoTime() - start) / 1e9);
        Path ratchet = Path.of(Objects.requireNonNull(getClass().getResource("/ratchets/timeml.properties"),
                "ratchets/timeml.properties is missing from the test resources").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
