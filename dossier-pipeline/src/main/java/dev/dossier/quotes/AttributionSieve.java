package dev.dossier.quotes;

/**
 * One strategy of {@link QuoteFinder}: reads the document through a {@link FinderContext} and adds the attributions it
 * recognises. Sieves run in order; later ones see, and must not repeat, what earlier ones found. Implementations are
 * stateless and thread-safe.
 */
interface AttributionSieve {

    /** A short name recorded with each attribution the sieve finds. */
    String name();

    void apply(FinderContext context);
}
