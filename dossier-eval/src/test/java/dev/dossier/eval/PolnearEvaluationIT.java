package dev.dossier.eval;

import dev.dossier.nlp.CoreNlpAnalyzer;
import dev.dossier.nlp.CoreNlpConfig;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.quotes.QuoteFinder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quote attribution on the PolNeAR dev split (84 articles): CoreNLP without coreference (spans do not need it) and
 * the quote finder; fails when a figure falls below {@code ratchets/polnear.properties}.
 */
class PolnearEvaluationIT {

    @Test
    void polnearDevHoldsItsRatchet() throws Exception {
        var dev = SharedData.resolve("gold/quotes/polnear/data/dev");
        assumeTrue(dev.isPresent(), "shared data absent: skipping PolNeAR");
        Pipeline pipeline = Pipeline.builder()
                .add(new CoreNlpAnalyzer(CoreNlpConfig.defaults().withoutCoref()))
                .add(new QuoteFinder())
                .build();
        ScoreTable table = new PolnearEvaluation().run(pipeline, dev.get());
        System.out.print(table.render());
        Path ratchet = Path.of(getClass().getResource("/ratchets/polnear.properties").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations) + "\n" + table.render());
    }
}
