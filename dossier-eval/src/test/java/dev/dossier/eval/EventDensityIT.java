package dev.dossier.eval;

import dev.dossier.pipeline.TestPipelines;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Events per 1,000 words on real articles (the project's {@code examples/}, the shared examples and PolNeAR's
 * development articles), with the full pipeline; fails when a figure falls below {@code ratchets/density.properties}.
 */
class EventDensityIT {

    @Test
    void realArticlesKeepTheirEventDensity() throws Exception {
        var polnear = SharedData.resolve("gold/quotes/polnear/data/dev/text");
        assumeTrue(polnear.isPresent(), "shared data absent: skipping the events-per-1,000-words figures");
        List<Path> roots = new ArrayList<>();
        projectExamples().ifPresent(roots::add);
        SharedData.resolve("examples").ifPresent(roots::add);
        roots.add(polnear.get());
        ScoreTable table = new EventDensityEvaluation().run(TestPipelines.standard(), roots);
        System.out.print(table.render());
        Path ratchet = Path.of(getClass().getResource("/ratchets/density.properties").toURI());
        List<String> violations = Ratchet.load(ratchet).violations(table);
        assertTrue(violations.isEmpty(), String.join("\n", violations) + "\n" + table.render());
    }

    /** The project's own examples, found from the working directory (the module or the project root). */
    private static java.util.Optional<Path> projectExamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("examples"))) {
                return java.util.Optional.of(dir.resolve("examples"));
            }
        }
        return java.util.Optional.empty();
    }
}
