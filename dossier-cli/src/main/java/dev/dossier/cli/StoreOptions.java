package dev.dossier.cli;

import dev.dossier.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the knowledge base is: {@code --data DIR} for the embedded database, or {@code --db JDBC-URL}. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "dossier-data",
            description = "Data directory of the embedded database (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "A database server instead, e.g. jdbc:postgresql://localhost/dossier?user=u&password=p.")
    String db;

    Store open() {
        return db == null ? Store.embedded(data) : Store.open(db);
    }
}
