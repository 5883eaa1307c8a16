package dev.dossier.store.bench;

import dev.dossier.store.Store;
import dev.dossier.store.query.Queries;
import dev.dossier.store.query.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Query latency of a store: 1,000 queries (by default) drawn from a fixed mix: actor code, actor name, dyad,
 * CAMEO root, date range, speaker, free text, states, timelines. Prints p50, p99 and the mean in milliseconds.
 *
 * <p>Run: {@code QueryBench JDBC-URL [QUERIES]}.
 */
public final class QueryBench {

    private QueryBench() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> codes = List.of("DEU", "FRA", "HUN", "UKR", "RUS", "USA", "JPN", "ITA", "RUSGOV", "USAGOV");
        List<String> names = List.of("Keller", "Anna Keller", "Sorokin", "Grace Holloway", "Putin", "Kyiv");
        List<String> words = List.of("summit", "trade energy", "Budapest", "talks", "officials said", "Vienna");
        Random random = new Random(3);
        try (Store store = Store.open(url)) {
            Queries q = store.queries();
            List<Consumer<Integer>> kinds = List.of(
                    i -> q.events(Query.all().withActor(codes.get(i % codes.size()))),
                    i -> q.events(Query.all().withActor(names.get(i % names.size()))),
                    i -> q.events(Query.all().withDyad(codes.get(i % 8) + "-" + codes.get((i + 3) % 8))),
                    i -> q.events(new Query(null, null, String.format("%02d", 1 + i % 20), null, null, null, null, 100)),
                    i -> q.events(new Query(null, null, null, LocalDate.of(2025, 1, 1).plusDays(i % 300),
                            LocalDate.of(2025, 1, 1).plusDays(i % 300 + 30), null, null, 100)),
                    i -> q.quotes(new Query(null, null, null, null, null, names.get(i % names.size()), null, 100)),
                    i -> q.articles(new Query(null, null, null, null, null, null, words.get(i % words.size()), 100)),
                    i -> q.states(i % 2 == 0 ? null : "summit"),
                    i -> q.timeline(codes.get(i % codes.size()), null, null));
            for (int i = 0; i < 50; i++) {
                kinds.get(i % kinds.size()).accept(i);
            }
            long[] nanos = new long[n];
            long[] worst = new long[kinds.size()];
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(kinds.size());
                long t0 = System.nanoTime();
                kinds.get(k).accept(i);
                nanos[i] = System.nanoTime() - t0;
                worst[k] = Math.max(worst[k], nanos[i]);
            }
            System.out.println("slowest per kind (ms; actor code, actor name, dyad, cameo, dates, speaker, text, "
                    + "states, timeline): " + Arrays.stream(worst).mapToObj(w -> String.format(Locale.ROOT, "%.1f",
                    w / 1e6)).toList());
            Arrays.sort(nanos);
            if (n == 0) {
                System.out.println("store contents: " + q.counts());
                return;
            }
            double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
            System.out.printf(Locale.ROOT, "query latency over %d queries: p50 %.2f ms, p99 %.2f ms, mean %.2f ms%n", n,
                    nanos[n / 2] / 1e6, nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6, mean);
            System.out.println("store contents: " + q.counts());
            var events = q.events(Query.all());
            long merged = events.rows().stream().filter(r -> ((Integer) r[events.index("num_mentions")]) > 1).count();
            System.out.println("events reported by more than one article: " + merged + " of " + events.size());
        }
    }
}
