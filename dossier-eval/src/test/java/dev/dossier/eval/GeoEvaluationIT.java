package dev.dossier.eval;

import dev.dossier.entities.EntityResolver;
import dev.dossier.nlp.CoreNlpAnalyzer;
import dev.dossier.nlp.CoreNlpConfig;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.Versions;
import dev.dossier.places.PlaceResolver;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Place resolution on GeoVirus (shared {@code gold/geo/GeoVirus.xml}) with the standard entity and place stages;
 * fails when a figure falls below {@code ratchets/geo.properties}. CoreNLP's layers are cached per article
 * ({@link CachedAnalysis}), so a second run re-runs only entities and places. Every miss is written to
 * {@code target/geo-misses.txt}. Skips when the shared data is absent.
 */
class GeoEvaluationIT {

    @Test
    void geoVirusPlacesHoldTheirRatchet() throws Exception {
        var gold = SharedData.resolve("gold/geo/GeoVirus.xml");
        assumeTrue(gold.isPresent(), "shared data gold/geo/GeoVirus.xml is absent; set -Ddossier.shared");
        CoreNlpConfig config = CoreNlpConfig.defaults();
        Pipeline pipeline = Pipeline.builder()
                .add(new CachedAnalysis(CachedAnalysis.defaultDirectory(), "corenlp", Versions.coreNlp(),
                        config.asMap(), () -> new CoreNlpAnalyzer(config)))
                .add(new EntityResolver())
                .add(new PlaceResolver())
                .build();
        ScoreTable table = new GeoEvaluation().run(pipeline, gold.get());
        System.out.print(table.render().lines().limit(6).map(l -> l + "\n").reduce("", String::concat));
        Path misses = Path.of("target", "geo-misses.txt");
        Files.createDirectories(misses.getParent());
        Files.write(misses, table.notes());
        System.out.println("All misses: " + misses.toAbsolutePath());
        Path ratchet = Path.of(Objects.requireNonNull(getClass().getResource("/ratchets/geo.properties"),
                "ratchets/geo.properties is missing from the test resources").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
