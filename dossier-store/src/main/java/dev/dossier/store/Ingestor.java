package dev.dossier.store;

import dev.dossier.ingest.ContentHash;
import dev.dossier.ingest.IngestItem;
import dev.dossier.model.Document;
import dev.dossier.pipeline.Pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Feeds read items into the store: skips what is already stored (by content hash) before any analysis, analyses
 * the rest on worker threads (or not at all), and stores each article in its own transaction, in input order.
 * A bad item is counted as rejected with its reason; nothing stops the batch.
 */
public final class Ingestor {

    /** What happened to one item, for progress reports. */
    public enum Step { STORED, DUPLICATE, REJECTED }

    /**
     * The totals of a run.
     *
     * @param stored     articles stored
     * @param duplicates articles already in the store (or twice in the input)
     * @param rejected   items that could not be stored, with their reasons
     */
    public record Summary(int stored, int duplicates, List<IngestItem.Rejected> rejected) {
        public Summary {
            rejected = List.copyOf(rejected);
        }
    }

    private record Work(IngestItem.Read item, String hash) {
    }

    private record Result(Work work, Document document, String failure) {
    }

    private final Store store;
    private final java.util.function.Supplier<Pipeline> pipelines;
    private volatile Pipeline pipeline;
    private final String analysis;
    private final int threads;

    /**
     * @param store    where articles go
     * @param pipelines makes the analysis for raw articles, called once and only when an article needs it (so a
     *                  re-run that finds everything stored loads no models); null to store articles unanalysed
     * @param analysis the name of the analysis level, recorded with each article ({@code none}, {@code fast}, {@code full})
     * @param threads  worker threads for analysis, at least 1
     */
    public Ingestor(Store store, java.util.function.Supplier<Pipeline> pipelines, String analysis, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.store = store;
        this.pipelines = pipelines;
        this.analysis = analysis;
        this.threads = threads;
    }

    /** Ingests every item; {@code progress} hears of each one as it is settled. */
    public Summary ingest(Stream<IngestItem> items, Consumer<Step> progress) {
        return ingest(items, progress, busy -> { });
    }

    /**
     * Ingests every item as the store's one writer; {@code progress} hears of each one as it is settled, and
     * {@code waiting} hears one line when another writer holds the store and this one waits for it.
     */
    public Summary ingest(Stream<IngestItem> items, Consumer<Step> progress, Consumer<String> waiting) {
        try (WriteLock lock = store.lockForWriting(waiting)) {
            store.beginBatch();
            try {
                return ingestLocked(items, progress);
            } finally {
                store.endBatch();
            }
        }
    }

    private Summary ingestLocked(Stream<IngestItem> items, Consumer<Step> progress) {
        List<IngestItem.Rejected> rejected = new ArrayList<>();
        int[] stored = {0};
        int[] duplicates = {0};
        Set<String> seen = new HashSet<>();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-ingest-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Iterator<IngestItem> source = items.iterator();
            Deque<Future<Result>> inFlight = new ArrayDeque<>();
            while (source.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < threads * 2 && source.hasNext()) {
                    IngestItem item = source.next();
                    switch (item) {
                        case IngestItem.Rejected r -> {
                            rejected.add(r);
                            progress.accept(Step.REJECTED);
                        }
                        case IngestItem.Read read -> {
                            String hash = ContentHash.of(read.document().text());
                            if (!seen.add(hash) || store.contains(hash)) {
                                duplicates[0]++;
                                progress.accept(Step.DUPLICATE);
                            } else {
                                if (!read.analysed()) {
                                    pipeline();
                                }
                                Work w = new Work(read, hash);
                                inFlight.add(pool.submit(() -> analyse(w)));
                            }
                        }
                    }
                }
                if (inFlight.isEmpty()) {
                    continue;
                }
                Result r = await(inFlight.removeFirst());
                if (r.failure() != null) {
                    rejected.add(new IngestItem.Rejected(r.work().item().input(), r.failure()));
                    progress.accept(Step.REJECTED);
                    continue;
                }
                try {
                    Store.PutResult put = store.put(r.document(), r.work().item().input(),
                            r.work().item().analysed() ? "given" : analysis,
                            pipeline == null || r.work().item().analysed() ? null : pipeline.provenance().configHash());
                    if (put == Store.PutResult.STORED) {
                        stored[0]++;
                        progress.accept(Step.STORED);
                    } else {
                        duplicates[0]++;
                        progress.accept(Step.DUPLICATE);
                    }
                } catch (StoreException e) {
                    rejected.add(new IngestItem.Rejected(r.work().item().input(), e.getMessage()));
                    progress.accept(Step.REJECTED);
                }
            }
        } finally {
            pool.shutdownNow();
            items.close();
        }
        return new Summary(stored[0], duplicates[0], rejected);
    }

    private Pipeline pipeline() {
        if (pipeline == null && pipelines != null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    private Result analyse(Work w) {
        Document d = w.item().document();
        if (pipeline == null || w.item().analysed()) {
            return new Result(w, d, null);
        }
        try {
            return new Result(w, pipeline.annotate(d), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Result(w, null, "analysis failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static Result await(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while ingesting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An analysis thread failed", e.getCause());
        }
    }
}
