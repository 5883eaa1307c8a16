package dev.dossier.eval;

import dev.dossier.nlp.CoreNlpAnalyzer;
import dev.dossier.nlp.CoreNlpConfig;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.Versions;
import dev.dossier.time.TimeNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the TimeML evaluation over all of TimeBank and AQUAINT (TBAQ-cleaned) and fails when a figure falls below
 * {@code ratchets/timeml.properties}. Coreference plays no part in dates, so the pipeline leaves it out to save
 * time; the normalizer is the one the standard pipeline uses. CoreNLP's layers are cached per document
 * ({@link CachedAnalysis}, {@code target/corenlp-cache} or {@code -Ddossier.corenlpCache=DIR}), so that a second run
 * re-runs only the normalizer. Every value mistake is written to {@code target/timeml-mistakes.txt}. Skips when the
 * shared data is absent.
 */
class TimeMlEvaluationIT {

    @Test
    void timeBankAndAquaintStayAboveTheRatchet() throws URISyntaxException, IOException {
        var gold = SharedData.resolve("gold/time/TBAQ-cleaned");
        assumeTrue(gold.isPresent(), "shared data gold/time/TBAQ-cleaned is absent; set -Ddossier.shared");
        CoreNlpConfig config = CoreNlpConfig.defaults().withoutCoref();
        Pipeline pipeline = Pipeline.builder()
                .add(new CachedAnalysis(CachedAnalysis.defaultDirectory(), "corenlp", Versions.coreNlp(),
                        config.asMap(), () -> new CoreNlpAnalyzer(config)))
                .add(new TimeNormalizer())
                .build();
        long start = System.nanoTime();
        TimeMlEvaluation evaluation = new TimeMlEvaluation();
        TimeMlEvaluation.Result result = evaluation.score(pipeline, gold.get());
        ScoreTable table = result.table();
        System.out.print(table.render());
        Path mistakes = Path.of("target", "timeml-mistakes.txt");
        Files.createDirectories(mistakes.getParent());
        Files.write(mistakes, result.score().mistakes().stream().map(Object::toString).toList());
        System.out.println("All value mistakes: " + mistakes.toAbsolutePath());
        System.out.printf("TimeML evaluation took %.0f s%n", (System.nanoTime() - start) / 1e9);
        Path ratchet = Path.of(Objects.requireNonNull(getClass().getResource("/ratchets/timeml.properties"),
                "ratchets/timeml.properties is missing from the test resources").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
