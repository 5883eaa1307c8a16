package dev.dossier.store;

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
import java.util.Properties;

/**
 * Dossier's knowledge base: articles and everything found in them, merged across articles. Embedded H2 in a data
 * directory by default; PostgreSQL (or another H2) through a JDBC URL. The schema is created and upgraded by
 * Flyway migrations when the store is opened.
 *
 * <p>Each article is written in one transaction with all it contributes (entities, mentions, quotes, events, state
 * claims), so a crash leaves an article either wholly stored or not at all. One {@code Store} serves one writer;
 * its methods are synchronised.
 */
public final class Store implements AutoCloseable {

    /** What {@link #put} did with an article. */
    public enum PutResult { STORED, DUPLICATE }

    /** Flyway reports each migration through java.util.logging; a user of the command needs none of it. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Connection connection;
    private final Dialect dialect;
    private final String url;
    private final ArticleWriter writer;

    private Store(String url, Connection connection, Dialect dialect) {
        this.url = url;
        this.connection = connection;
        this.dialect = dialect;
        this.writer = new ArticleWriter(connection, new StateDetector());
    }

    /** The JDBC URL of the embedded database in {@code dataDir}. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("dossier") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Opens (creating when needed) the embedded store in {@code dataDir}. */
    public static Store embedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        return open(embeddedUrl(dataDir));
    }

    /**
     * Opens the store at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://host/db?user=..&password=..})
     * and brings its schema up to date.
     */
    public static Store open(String url) {
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
            throw new StoreException("Cannot open or migrate the store at " + redact(url) + ": " + e.getMessage()
                    + "; check that the database is reachable and that the URL names it", e);
        }
        try {
            Connection c = DriverManager.getConnection(jdbcUrl, new Properties());
            c.setAutoCommit(false);
            return new Store(url, c, dialect);
        } catch (SQLException e) {
            throw new StoreException("Cannot connect to " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&;]*", "password=***");
    }

    /** The URL this store was opened with, password hidden. */
    public String url() {
        return redact(url);
    }

    /** True when an article with this content hash is stored. */
    public synchronized boolean contains(String hash) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM article WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                boolean found = rs.next();
                connection.commit();
                return found;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot look up article " + hash + ": " + e.getMessage(), e);
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
        return writer.write(doc, input, analysis, configHash) ? PutResult.STORED : PutResult.DUPLICATE;
    }

    /** Read access: search, timelines, states, exports. */
    public Queries queries() {
        return new Queries(connection, dialect.fullTextHashes());
    }

    /** Deletes everything (for tests and re-imports); the schema stays. */
    public synchronized void clear() {
        try (var st = connection.createStatement()) {
            for (String table : new String[] {"state_claim", "state", "event_mention", "event", "quotation",
                    "actor_memory", "article_actor", "entity_mention", "entity", "article"}) {
                st.executeUpdate("DELETE FROM " + table);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot clear the store: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the store: " + e.getMessage(), e);
        }
    }
}
