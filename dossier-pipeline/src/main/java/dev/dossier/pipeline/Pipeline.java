package dev.dossier.pipeline;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Provenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Annotators in order, checked when built. Thread-safe: one pipeline serves the whole process.
 */
public final class Pipeline {

    private final List<Annotator> annotators;
    private final Provenance provenance;
    private final LongAdder[] stageNanos;

    private Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
        this.provenance = describe(this.annotators);
        this.stageNanos = new LongAdder[this.annotators.size()];
        for (int i = 0; i < stageNanos.length; i++) {
            stageNanos[i] = new LongAdder();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** What this pipeline is made of, to be saved with everything it produces. */
    public Provenance provenance() {
        return provenance;
    }

    /** Annotates one document through every stage. */
    public Document annotate(Document document) {
        Document current = document;
        for (int i = 0; i < annotators.size(); i++) {
            Annotator a = annotators.get(i);
            long t0 = System.nanoTime();
            try {
                current = a.annotate(current);
                stageNanos[i].add(System.nanoTime() - t0);
            } catch (RuntimeException e) {
                throw new AnnotationException("Stage '" + a.name() + "' failed on article '" + document.id() + "': "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
        }
        return current;
    }

    /**
     * Annotates many documents on {@code threads} threads and returns their outcomes lazily, in input order. At most
     * {@code 2 × threads} documents are in flight, so a stream of millions runs in constant memory. Close the
     * returned stream (try-with-resources) to release the threads.
     */
    public Stream<Outcome> annotateAll(Stream<Document> documents, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-annotate-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Iterator<Document> source = documents.iterator();
        int window = threads * 2;
        Iterator<Outcome> results = new Iterator<>() {
            private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();

            private void fill() {
                while (inFlight.size() < window && source.hasNext()) {
                    Document d = source.next();
                    inFlight.add(pool.submit(() -> attempt(d)));
                }
            }

            @Override
            public boolean hasNext() {
                fill();
                return !inFlight.isEmpty();
            }

            @Override
            public Outcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return inFlight.removeFirst().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while annotating", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Annotation thread failed", e.getCause());
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
                .onClose(pool::shutdownNow)
                .onClose(documents::close);
    }

    /**
     * CPU-thread time spent in each stage since the pipeline was built, summed over all threads, in pipeline order.
     * Shows where the time of a batch goes (and what a stage adds to it) without a separate run per stage.
     */
    public Map<String, Duration> stageTimes() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (int i = 0; i < annotators.size(); i++) {
            out.merge(annotators.get(i).name(), Duration.ofNanos(stageNanos[i].sum()), Duration::plus);
        }
        return out;
    }

    private Outcome attempt(Document d) {
        try {
            return new Outcome.Done(annotate(d));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome.Failed(d.id(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static Provenance describe(List<Annotator> annotators) {
        List<Provenance.Component> components = new ArrayList<>();
        StringBuilder canonical = new StringBuilder(Versions.dossier());
        for (Annotator a : annotators) {
            var config = new TreeMap<>(a.configuration());
            components.add(new Provenance.Component(a.name(), a.version(), config));
            canonical.append('|').append(a.name()).append('@').append(a.version()).append(config);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return new Provenance(Versions.dossier(), components, HexFormat.of().formatHex(hash).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Collects annotators and checks, when built, that each one's inputs are produced before it. */
    public static final class Builder {

        private final List<Annotator> annotators = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Annotator annotator) {
            annotators.add(annotator);
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @throws PipelineConfigurationException with a table of each stage, what it needs and what is missing,
         *                                        when some stage would run before its inputs exist
         */
        public Pipeline build() {
            return build(EnumSet.noneOf(Layer.class));
        }

        /** Builds a pipeline for documents that already carry {@code given} layers. */
        public Pipeline build(Set<Layer> given) {
            Set<Layer> available = given.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(given);
            StringBuilder table = new StringBuilder();
            boolean ok = true;
            for (Annotator a : annotators) {
                Set<Layer> missing = EnumSet.noneOf(Layer.class);
                missing.addAll(a.requires());
                missing.removeAll(available);
                table.append(String.format("  %-22s requires %-45s missing %s%n", a.name(), a.requires(),
                        missing.isEmpty() ? "-" : missing));
                ok &= missing.isEmpty();
                available.addAll(a.produces());
            }
            if (!ok) {
                throw new PipelineConfigurationException("The pipeline cannot run: some stages come before the layers "
                        + "they need. Add the stages that produce the missing layers earlier.\n" + table);
            }
            return new Pipeline(annotators);
        }
    }
}
