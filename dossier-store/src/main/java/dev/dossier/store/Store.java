package dev.dossier.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dossier.model.Document;
import dev.dossier.store.query.Queries;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Dossier's knowledge base: articles and everything found in them, merged across articles. Embedded H2 in a data
 * directory by default; PostgreSQL (or another H2) through a JDBC URL. The schema is created and upgraded by
 * Flyway migrations when the store is opened.
 *
 * <p>Each article is written in one transaction with all it contributes (entities, mentions, quotes, events, state
 * claims), so a crash leaves an article either wholly stored or not at all.
 *
 * <p>Concurrency: reads ({@link #queries()}) borrow connections from a pool and are safe from many threads; writes
 * ({@link #put}) go through one connection of their own and are serialised. Between processes, the embedded store
 * runs in H2's mixed mode ({@code AUTO_SERVER}): the first process to open the data directory serves it to the
 * others over loopback, so a {@code query} answers while an {@code ingest} runs. One writer at a time per store:
 * {@link #lockForWriting} makes a second one wait, and says so.
 */
public final class Store implements AutoCloseable {

    /** What {@link #put} did with an article. */
    public enum PutResult { STORED, DUPLICATE }

    /** Flyway reports each migration through java.util.logging; a user of the command needs none of it. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    /** Reading connections kept by the pool; a server sizes its worker threads around this. */
    private static final int READERS = 8;

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final String url;
    private final String jdbcUrl;
    private final Dialect dialect;
    private final Path dataDir;
    private final HikariDataSource readers;
    private Connection writerConnection;
    private ArticleWriter writer;
    private boolean wrote;
    private boolean batching;
    private int pending;
    private long pendingSince;

    /** A batch commits after this many articles or this much time, whichever comes first. */
    private static final int BATCH_ARTICLES = 200;
    private static final long BATCH_NANOS = 1_000_000_000L;

    private Store(String url, String jdbcUrl, Dialect dialect, Path dataDir) {
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.dialect = dialect;
        this.dataDir = dataDir;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(READERS);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setReadOnly(false);
        config.setPoolName("dossier-readers");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(30_000);
        this.readers = new HikariDataSource(config);
    }

    /** The JDBC URL of the embedded database in {@code dataDir}. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("dossier") + ";AUTO_SERVER=TRUE";
    }

    /** True when {@code dataDir} holds an embedded store. */
    public static boolean existsIn(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("dossier.mv.db"));
    }

    /** Opens (creating when needed) the embedded store in {@code dataDir}. */
    public static Store embedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        return open(embeddedUrl(dataDir), dataDir);
    }

    /**
     * Opens the embedded store in {@code dataDir} for reading; fails with a clear message when there is none there
     * (a mistyped {@code --data} must not create an empty store and report "0 articles").
     */
    public static Store existing(Path dataDir) {
        if (!existsIn(dataDir)) {
            throw new StoreException("No store in " + dataDir.toAbsolutePath() + " (no dossier.mv.db there); check "
                    + "--data, or create one with 'dossier ingest PATH --data " + dataDir + "'");
        }
        return open(embeddedUrl(dataDir), dataDir);
    }

    /**
     * Opens the store at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://host/db?user=..&password=..})
     * and brings its schema up to date.
     */
    public static Store open(String url) {
        return open(url, null);
    }

    private static Store open(String url, Path dataDir) {
        Dialect dialect = Dialect.of(url);
        String jdbcUrl = dialect.safeUrl(url);
        try {
            Flyway.configure(Store.class.getClassLoader())
                    .dataSource(jdbcUrl, null, null)
                    .locations(dialect.locations())
                    .placeholders(dialect.placeholders())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open or migrate the store at " + redact(url) + ": "
                    + Sql.describe(e) + "; check that the database is reachable and that the URL names it", e);
        }
        return new Store(url, jdbcUrl, dialect, dataDir);
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&;]*", "password=***");
    }

    /** The URL this store was opened with, password hidden. */
    public String url() {
        return redact(url);
    }

    private synchronized ArticleWriter writer() {
        if (writer == null) {
            try {
                writerConnection = DriverManager.getConnection(jdbcUrl, new Properties());
                writerConnection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new StoreException("Cannot connect to " + url() + ": " + Sql.describe(e), e);
            }
            writer = new ArticleWriter(writerConnection, new StateDetector());
        }
        return writer;
    }

    /**
     * Takes this store's writer lock for an ingest: an embedded store's lock file, or a PostgreSQL advisory lock.
     * When another writer holds it, {@code waiting} hears one line saying so and the call waits until it is free.
     */
    public WriteLock lockForWriting(Consumer<String> waiting) {
        return WriteLock.acquire(this, dialect, dataDir, jdbcUrl, waiting);
    }

    String describe() {
        return dataDir != null ? dataDir.toAbsolutePath().toString() : url();
    }

    /** True when an article with this content hash is stored. */
    public boolean contains(String hash) {
        try (Connection c = readers.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                boolean found = rs.next();
                c.commit();
                return found;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot look up article " + hash + ": " + Sql.describe(e), e);
        }
    }

    /**
     * Stores an analysed article and merges what it found into the knowledge base, all in one transaction.
     *
     * @param doc        the document with whatever layers its analysis produced
     * @param input      where it was read from
     * @param analysis   the analysis level it went through ({@code none}, {@code fast}, {@code full}, {@code given})
     * @param configHash the pipeline's configuration hash, or null
     * @return {@link PutResult#DUPLICATE} when an article with the same content hash is already stored
     */
    public synchronized PutResult put(Document doc, String input, String analysis, String configHash) {
        boolean stored = writer().write(doc, input, analysis, configHash, !batching);
        wrote |= stored;
        if (batching && stored) {
            if (pending++ == 0) {
                pendingSince = System.nanoTime();
            }
            if (pending >= BATCH_ARTICLES || System.nanoTime() - pendingSince >= BATCH_NANOS) {
                flush();
            }
        }
        return stored ? PutResult.STORED : PutResult.DUPLICATE;
    }

    /**
     * Until {@link #endBatch}, {@link #put} commits articles in groups (200 articles or one second) instead of one
     * by one; each article still goes in whole or not at all (a savepoint per article), and a crash loses at most
     * the last uncommitted group, which a re-run stores. Commits are most of the cost of storing an article.
     */
    public synchronized void beginBatch() {
        batching = true;
    }

    /** Commits what the batch holds and goes back to one commit per article. */
    public synchronized void endBatch() {
        try {
            flush();
        } finally {
            batching = false;
        }
    }

    private void flush() {
        if (pending == 0 || writerConnection == null) {
            return;
        }
        try {
            writerConnection.commit();
            pending = 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot commit the last " + pending + " articles: " + Sql.describe(e), e);
        }
    }

    /** Read access: search, timelines, states, exports; safe from many threads. */
    public Queries queries() {
        return new Queries(readers, dialect.fullTextHashes(), dialect == Dialect.H2);
    }

    /** Deletes everything (for tests and re-imports); the schema stays. */
    public synchronized void clear() {
        try (Connection c = readers.getConnection(); Statement st = c.createStatement()) {
            for (String table : new String[] {"state_claim", "state", "event_mention", "event", "quotation",
                    "actor_memory", "article_actor", "entity_mention", "entity", "article"}) {
                st.executeUpdate("DELETE FROM " + table);
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot clear the store: " + Sql.describe(e), e);
        }
    }

    /**
     * Rewrites the embedded file to hold only live data ({@code SHUTDOWN COMPACT}), when this process is the only
     * one using it; with another process attached (a reader through the mixed mode) it is left for a later close.
     * MVStore appends every commit and reuses space only in part, so after an ingest the file is several times its
     * live data until compacted. Returns true when it compacted.
     */
    synchronized boolean compact() {
        if (dialect != Dialect.H2 || !jdbcUrl.startsWith("jdbc:h2:file:")) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, new Properties());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                if (!rs.next() || rs.getLong(1) > 1) {
                    return false;
                }
            }
            st.execute("SHUTDOWN COMPACT");
            return true;
        } catch (SQLException e) {
            throw new StoreException("Cannot compact the store at " + describe() + ": " + Sql.describe(e), e);
        }
    }

    /** Closes the store; an embedded store that was written to is compacted when no other process uses it. */
    @Override
    public synchronized void close() {
        try {
            flush();
            if (writerConnection != null) {
                writerConnection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot close the store: " + Sql.describe(e), e);
        } finally {
            readers.close();
        }
        if (wrote) {
            compact();
        }
    }
}
