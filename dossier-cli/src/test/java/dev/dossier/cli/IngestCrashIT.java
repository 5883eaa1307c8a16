package dev.dossier.cli;

import dev.dossier.ingest.ContentHash;
import dev.dossier.ingest.InputWalker;
import dev.dossier.io.InputLimits;
import dev.dossier.store.Backends;
import dev.dossier.store.Ingestor;
import dev.dossier.store.Store;
import dev.dossier.store.bench.CorpusGenerator;
import dev.dossier.store.query.Queries;
import dev.dossier.store.query.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a real {@code dossier ingest} JVM with SIGKILL in the middle of 1,000 articles, runs the same ingest
 * again, and checks that every article is stored exactly once and that the knowledge base is exactly what one
 * uninterrupted ingest makes. On the embedded store and on PostgreSQL.
 */
class IngestCrashIT {

    private static final int ARTICLES = 1000;
    private static final Set<String> GENERATED_IDS = Set.of("id", "entity_id", "event_id", "speaker_entity");

    @TempDir
    Path tmp;

    private Path lastLog;
    private int runs;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dossier.store.Backends#all")
    void killedIngestRerunStoresEveryArticleExactlyOnce(String backend) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<String> texts = CorpusGenerator.plainArticles(ARTICLES, 5);
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(in.resolve(String.format("a%04d.txt", i)), texts.get(i));
        }
        String expected;
        try (Store reference = Store.embedded(tmp.resolve("reference"))) {
            new Ingestor(reference, null, "none", 1).ingest(new InputWalker(InputLimits.defaults())
                    .walk(List.of(in)), s -> { });
            expected = fingerprint(reference.queries());
        }

        String url = backend.equals("h2") ? Store.embeddedUrl(tmp.resolve("crash")) : Backends.emptyStoreUrl(backend);
        long storedAtKill = -1;
        long delay = 1500;
        long tooEarly = -1;
        long tooLate = -1;
        for (int attempt = 0; attempt < 12 && (storedAtKill <= 0 || storedAtKill >= ARTICLES); attempt++) {
            if (backend.equals("h2")) {
                deleteTree(tmp.resolve("crash"));
            } else {
                Backends.emptyStoreUrl(backend);
            }
            Process child = ingest(in, url);
            waitForStore(url, child, backend);
            Thread.sleep(delay);
            assertTrue(child.isAlive() || child.exitValue() == 0, "ingest failed before the kill");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            storedAtKill = count(url);
            // Too early (nothing committed yet) or too late (all done): search between the two, since commits come
            // in groups and the window between the first and the last can be shorter than one step of doubling.
            if (storedAtKill <= 0) {
                tooEarly = Math.max(tooEarly, delay);
            } else if (storedAtKill >= ARTICLES) {
                tooLate = tooLate < 0 ? delay : Math.min(tooLate, delay);
            }
            if (tooEarly >= 0 && tooLate >= 0) {
                delay = (tooEarly + tooLate) / 2;
            } else if (storedAtKill <= 0) {
                delay *= 2;
            } else if (storedAtKill >= ARTICLES) {
                delay = Math.max(50, delay / 3);
            }
        }
        assertTrue(storedAtKill > 0 && storedAtKill < ARTICLES,
                "the kill came in the middle of the ingest (stored at kill: " + storedAtKill + ")");

        Process rerun = ingest(in, url);
        boolean finished = rerun.waitFor(300, TimeUnit.SECONDS);
        rerun.destroyForcibly();
        assertTrue(finished, "the re-run finished");
        String err = Files.readString(lastLog);
        assertEquals(0, rerun.exitValue(), err);
        assertTrue(err.contains((ARTICLES - storedAtKill) + " stored, " + storedAtKill + " skipped as duplicates"),
                "the re-run stores only what the killed run had not committed: " + err);

        try (Store store = Store.open(url)) {
            assertEquals(ARTICLES, store.queries().counts().get("article"));
            for (String t : texts) {
                String body = t.substring(t.indexOf("\n---\n") + 5);
                assertTrue(store.contains(ContentHash.of(body)));
            }
            assertEquals(expected, fingerprint(store.queries()), "the store is what an uninterrupted ingest makes");
        }
    }

    private Process ingest(Path in, String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", in.toString(), "--db", url, "--analysis", "none", "--threads", "1",
                "--no-progress");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        lastLog = tmp.resolve("ingest-" + (++runs) + ".log");
        pb.redirectError(lastLog.toFile());
        return pb.start();
    }

    /** Waits until the child has created the store (the database files, or PostgreSQL's article table). */
    private void waitForStore(String url, Process child, String backend) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (backend.equals("h2") ? Files.exists(tmp.resolve("crash/dossier.mv.db")) : count(url) >= 0) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Articles stored, or -1 when the store is not there yet. Only called when no other process holds an H2 store. */
    private static long count(String url) {
        try (Connection c = DriverManager.getConnection(url.startsWith("jdbc:h2:") ? url + ";IFEXISTS=TRUE" : url);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Every table's rows with generated ids left out, sorted: equal for equal contents, whatever the ids. */
    static String fingerprint(Queries q) {
        TreeMap<String, List<String>> tables = new TreeMap<>();
        for (String name : Queries.TABLES) {
            Table t = q.export(name);
            List<String> rows = new ArrayList<>();
            for (Object[] r : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.length; i++) {
                    if (!GENERATED_IDS.contains(t.columns().get(i).name())) {
                        cells.add(String.valueOf(r[i]));
                    }
                }
                rows.add(String.join("\u241F", cells));
            }
            rows.sort(null);
            tables.put(name, rows);
        }
        return tables.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
