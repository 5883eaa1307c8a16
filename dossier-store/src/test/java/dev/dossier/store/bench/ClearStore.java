package dev.dossier.store.bench;

import dev.dossier.store.Store;

/** Empties the store at a JDBC URL (schema kept), for a benchmark that reuses one database. */
public final class ClearStore {

    private ClearStore() {
    }

    public static void main(String[] args) {
        try (Store s = Store.open(args[0])) {
            s.clear();
        }
    }
}
