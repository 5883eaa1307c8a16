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

    /** Opens the store for writing, creating an embedded one when the folder has none. */
    Store open() {
        return db == null ? Store.embedded(data) : Store.open(db);
    }

    /** Opens an existing store for reading: a folder without a store is an error, not a new empty store. */
    Store openExisting() {
        return db == null ? Store.existing(data) : Store.open(db);
    }

    /** Checks a --limit: at least 1 and at most {@link #MAX_LIMIT}; null when fine, else the message. */
    static String checkLimit(int limit) {
        return limit >= 1 && limit <= MAX_LIMIT ? null : "--limit must be between 1 and " + MAX_LIMIT + "; got " + limit;
    }

    /** The most rows one listing prints; export writes whole tables. */
    static final int MAX_LIMIT = 100_000;
}
