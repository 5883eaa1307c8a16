package dev.dossier.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The databases every store test runs against: the embedded default (H2 in a fresh temp folder) and PostgreSQL
 * when {@code dossier.test.postgres} (system property) or {@code DOSSIER_TEST_POSTGRES} (environment) gives a JDBC
 * URL; {@code .ci/postgres.sh} starts one. Without it, the PostgreSQL cases skip.
 */
public final class Backends {

    private Backends() {
    }

    /** The names of the backends, for parameterized tests. */
    public static Stream<Arguments> all() {
        return Stream.of(Arguments.of("h2"), Arguments.of("postgresql"));
    }

    /** The PostgreSQL URL configured for tests, or null. */
    public static String postgresUrl() {
        String url = System.getProperty("dossier.test.postgres");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv("DOSSIER_TEST_POSTGRES");
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** The JDBC URL of an empty store of the named backend; skips the test when PostgreSQL is not configured. */
    public static String emptyStoreUrl(String backend) {
        if (backend.equals("h2")) {
            try {
                return Store.embeddedUrl(Files.createTempDirectory("dossier-store-test"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        String url = postgresUrl();
        Assumptions.assumeTrue(url != null, "No PostgreSQL configured (set DOSSIER_TEST_POSTGRES or "
                + "-Ddossier.test.postgres; .ci/postgres.sh starts one)");
        try (Store s = Store.open(url)) {
            s.clear();
        }
        return url;
    }

    /** Opens an empty store of the named backend. */
    public static Store open(String backend) {
        return Store.open(emptyStoreUrl(backend));
    }

    /** Size in bytes of an embedded store's files. */
    public static long sizeOf(Path dataDir) throws IOException {
        try (Stream<Path> s = Files.walk(dataDir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
