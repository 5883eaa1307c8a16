package dev.dossier.cli;

import dev.dossier.store.Store;
import dev.dossier.store.StoreException;
import dev.dossier.store.export.ExportFormat;
import dev.dossier.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dossier export}: writes the knowledge base's tables to files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the knowledge base to files: articles, entities, entity_mentions, quotes, events,",
                "event_mentions, state_claims as JSON Lines, CSV or Parquet; or GDELT 2.0 events.tsv + mentions.tsv."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl, csv, parquet or gdelt (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the files.")
    Path out;

    @Option(names = "--force", description = "Replace files already in the output folder (a symbolic link there is "
            + "replaced, never followed).")
    boolean force;

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            for (Path p : new Exporter(s.queries()).export(format, out, force)) {
                System.err.println("wrote " + p);
            }
            return 0;
        } catch (StoreException | IOException e) {
            System.err.println("dossier export: " + e.getMessage());
            return 2;
        }
    }
}
