package dev.dossier.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The one-writer-at-a-time lock of a store. Readers never take it. An embedded store locks a file beside its
 * database ({@code dossier.writer.lock}); PostgreSQL takes a session advisory lock; both are released when the
 * process ends, however it ends. Another H2 URL (in memory, a server) is not locked across processes.
 */
public final class WriteLock implements AutoCloseable {

    /** PostgreSQL advisory lock key: the first bytes of "dossier" read as a number. */
    private static final long ADVISORY_KEY = 0x646f7373696572L;

    private final FileChannel channel;
    private final FileLock fileLock;
    private final Connection connection;

    private WriteLock(FileChannel channel, FileLock fileLock, Connection connection) {
        this.channel = channel;
        this.fileLock = fileLock;
        this.connection = connection;
    }

    static WriteLock acquire(Store store, Dialect dialect, Path dataDir, String jdbcUrl, Consumer<String> waiting) {
        String busy = "another ingest is writing to " + store.describe() + "; waiting for it to finish "
                + "(queries still answer; Ctrl-C to give up)";
        if (dataDir != null) {
            return file(dataDir.resolve("dossier.writer.lock"), busy, waiting);
        }
        if (dialect == Dialect.POSTGRESQL) {
            return advisory(store, jdbcUrl, busy, waiting);
        }
        return new WriteLock(null, null, null);
    }

    private static WriteLock file(Path path, String busy, Consumer<String> waiting) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            boolean told = false;
            while (true) {
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    return new WriteLock(ch, lock, null);
                }
                if (!told) {
                    waiting.accept(busy);
                    told = true;
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            close(ch);
            throw new StoreException("Cannot take the writer lock " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            close(ch);
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the writer lock " + path, e);
        }
    }

    private static WriteLock advisory(Store store, String jdbcUrl, String busy, Consumer<String> waiting) {
        Connection c = null;
        try {
            c = DriverManager.getConnection(jdbcUrl, new Properties());
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, ADVISORY_KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return new WriteLock(null, null, c);
                    }
                }
            }
            waiting.accept(busy);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, ADVISORY_KEY);
                ps.executeQuery().close();
            }
            return new WriteLock(null, null, c);
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new StoreException("Cannot take the writer lock of " + store.url() + ": " + Sql.describe(e), e);
        }
    }

    private static void close(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the lock was never taken; nothing to release
            }
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
            if (connection != null) {
                connection.close();
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot release the writer lock: " + e.getMessage(), e);
        }
    }
}
