package dev.dossier.store.bench;

import dev.dossier.store.Store;
import dev.dossier.store.query.Queries;
import dev.dossier.store.query.Query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Query latency of a store through the store API: 1,000 queries (by default) drawn at random from a fixed mix of
 * the lookups the command line and the server offer, with actors, names and words from {@link AnalysedCorpus}'s
 * pools. Prints p50 and p99 per query type and overall, in milliseconds, and the store's row counts; for
 * PostgreSQL also the database size.
 *
 * <p>Run: {@code QueryBench JDBC-URL [QUERIES]}.
 */
public final class QueryBench {

    private QueryBench() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> codes = AnalysedCorpus.COUNTRIES;
        List<AnalysedCorpus.Person> people = AnalysedCorpus.PEOPLE;
        List<String> words = List.of("summit", "trade energy", "declaration", "currency", "opposition figures",
                "security region");
        Random random = new Random(3);
        try (Store store = Store.open(url)) {
            Queries q = store.queries();
            Map<String, IntConsumer> kinds = new LinkedHashMap<>();
            kinds.put("actor code", i -> q.events(new Query(codes.get(i % codes.size()), null, null, null, null, null,
                    null, 100)));
            kinds.put("actor code+role", i -> q.events(new Query(people.get(i % people.size()).country() + "GOV", null,
                    null, null, null, null, null, 100)));
            kinds.put("actor name", i -> q.events(new Query(people.get(i % people.size()).name(), null, null, null,
                    null, null, null, 100)));
            kinds.put("surname", i -> q.events(new Query(people.get(i % people.size()).surname(), null, null, null,
                    null, null, null, 100)));
            kinds.put("dyad", i -> q.events(new Query(null, codes.get(i % 8) + "-" + codes.get((i + 3) % 8), null, null,
                    null, null, null, 100)));
            kinds.put("cameo", i -> q.events(new Query(null, null, String.format(Locale.ROOT, "%02d", 1 + i % 20),
                    null, null, null, null, 100)));
            kinds.put("dates", i -> q.events(new Query(null, null, null, LocalDate.of(2023, 1, 1).plusDays(i % 900),
                    LocalDate.of(2023, 1, 1).plusDays(i % 900 + 30), null, null, 100)));
            kinds.put("speaker", i -> q.quotes(new Query(null, null, null, null, null, people.get(i % people.size())
                    .name(), null, 100)));
            kinds.put("entity", i -> q.entities(new Query(people.get(i % people.size()).surname(), null, null, null,
                    null, null, null, 100)));
            kinds.put("text", i -> q.articles(new Query(null, null, null, null, null, null, words.get(i % words.size()),
                    100)));
            kinds.put("text+actor", i -> q.events(new Query(codes.get(i % codes.size()), null, null, null, null, null,
                    words.get(i % words.size()), 100)));
            kinds.put("states", i -> q.states(i % 2 == 0 ? null : "summit"));
            kinds.put("timeline", i -> q.timeline(codes.get(i % codes.size()), null, null));
            List<String> names = new ArrayList<>(kinds.keySet());
            for (int i = 0; i < 3 * names.size(); i++) {
                kinds.get(names.get(i % names.size())).accept(i);
            }
            Map<String, List<Long>> byKind = new LinkedHashMap<>();
            names.forEach(k -> byKind.put(k, new ArrayList<>()));
            long[] all = new long[n];
            for (int i = 0; i < n; i++) {
                String k = names.get(random.nextInt(names.size()));
                long t0 = System.nanoTime();
                kinds.get(k).accept(i);
                all[i] = System.nanoTime() - t0;
                byKind.get(k).add(all[i]);
            }
            System.out.printf(Locale.ROOT, "%-16s %6s %9s %9s%n", "query type", "count", "p50 ms", "p99 ms");
            byKind.forEach((k, v) -> {
                long[] t = v.stream().mapToLong(Long::longValue).toArray();
                System.out.printf(Locale.ROOT, "%-16s %6d %9.2f %9.2f%n", k, t.length, pct(t, 0.50), pct(t, 0.99));
            });
            System.out.printf(Locale.ROOT, "%-16s %6d %9.2f %9.2f%n", "all", n, pct(all, 0.50), pct(all, 0.99));
            System.out.println("store contents: " + q.counts());
        }
        if (url.startsWith("jdbc:postgresql:")) {
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                System.out.println("database bytes: " + rs.getLong(1));
            }
        }
    }

    private static double pct(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] t = nanos.clone();
        Arrays.sort(t);
        return t[Math.max(0, (int) Math.ceil(t.length * p) - 1)] / 1e6;
    }
}
