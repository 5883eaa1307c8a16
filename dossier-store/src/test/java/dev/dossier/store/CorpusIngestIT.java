package dev.dossier.store;

import dev.dossier.ingest.InputWalker;
import dev.dossier.io.InputLimits;
import dev.dossier.store.bench.CorpusGenerator;
import dev.dossier.store.export.ExportFormat;
import dev.dossier.store.export.Exporter;
import dev.dossier.store.query.Query;
import dev.dossier.store.query.StateView;
import dev.dossier.store.query.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated corpus of every input format through ingest, merge, states, queries and exports, on both databases. */
class CorpusIngestIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dossier.store.Backends#all")
    void ingestsEveryFormatOnceAndMergesAcrossArticles(String backend) throws IOException {
        Path corpus = tmp.resolve("corpus");
        int generated = CorpusGenerator.generate(corpus, 120, 11, null);
        InputWalker walker = new InputWalker(InputLimits.defaults());
        try (Store store = Backends.open(backend)) {
            Ingestor ingestor = new Ingestor(store, null, "none", 2);
            Ingestor.Summary first = ingestor.ingest(walker.walk(List.of(corpus)), step -> { });
            assertEquals(List.of(), first.rejected());
            assertEquals(generated, first.stored() + first.duplicates());
            Map<String, Long> counts = store.queries().counts();
            assertEquals(first.stored(), counts.get("article").intValue());

            Ingestor.Summary again = ingestor.ingest(walker.walk(List.of(corpus)), step -> { });
            assertEquals(0, again.stored());
            assertEquals(first.stored() + first.duplicates(), again.duplicates());
            assertEquals(counts, store.queries().counts(), "ingesting the same input twice changes nothing");

            Table sources = store.queries().articles(new Query(null, null, null, null, null, null, null, 1000));
            for (String format : List.of(".html", ".rss:", ".atom:", ".warc.gz@", ".jsonl:", ".txt")) {
                boolean found = false;
                for (Object[] row : sources.rows()) {
                    found |= row[5].toString().contains(format);
                }
                assertTrue(found, "an article came in through " + format);
            }
            Table html = store.queries().articles(new Query(null, null, null, null, null, null, "share", 1000));
            assertEquals(0, html.size(), "page boilerplate (share bars, navigation) is not stored");

            Table events = store.queries().events(Query.all());
            assertTrue(events.size() > 0);
            assertTrue(events.rows().stream().anyMatch(r -> ((Integer) r[events.index("num_mentions")]) >= 2),
                    "events reported by several analysed articles are merged");
            assertTrue(store.queries().entities(Query.all()).size() <= 8, "eight leaders, one entity each");

            List<StateView> vienna = store.queries().states("Vienna");
            assertEquals(1, vienna.size());
            assertEquals("disputed", vienna.get(0).current());
            List<StateView> geneva = store.queries().states("Geneva");
            assertEquals(1, geneva.size());
            assertEquals("disputed", geneva.get(0).current(), "in force (Meridian Post) against void (Capital Wire)");

            Exporter exporter = new Exporter(store.queries());
            for (ExportFormat f : ExportFormat.values()) {
                List<Path> files = exporter.export(f, tmp.resolve("export-" + f));
                assertTrue(files.stream().allMatch(Files::isRegularFile));
            }
            byte[] magic = new byte[4];
            try (var in = Files.newInputStream(tmp.resolve("export-PARQUET/events.parquet"))) {
                assertEquals(4, in.read(magic));
            }
            assertArrayEquals("PAR1".getBytes(StandardCharsets.US_ASCII), magic);
            List<String> gdelt = Files.readAllLines(tmp.resolve("export-GDELT/events.tsv"));
            assertEquals(events.size(), gdelt.size());
            assertTrue(gdelt.stream().allMatch(l -> l.split("\t", -1).length == 61));
            assertTrue(Files.readAllLines(tmp.resolve("export-GDELT/mentions.tsv")).stream()
                    .allMatch(l -> l.split("\t", -1).length == 16));
            assertEquals(first.stored(), Files.readAllLines(tmp.resolve("export-JSONL/articles.jsonl")).size());
        }
    }
}
