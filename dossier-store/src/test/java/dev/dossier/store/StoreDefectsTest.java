package dev.dossier.store;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventStatus;
import dev.dossier.store.query.Queries;
import dev.dossier.store.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Store defects of issue 12, each reproduced: each test failed before its fix. */
class StoreDefectsTest {

    @TempDir
    Path dir;

    private static Document meeting(int i) {
        return Docs.article("m" + i, LocalDate.of(2025, 1, 1).plusDays(i % 300).toString(), "Wire " + (i % 5),
                        "Anna Keller met Ivan Sorokin in Vienna on day " + i + " to talk about fishing quotas. "
                                + "\"We made progress,\" Keller said after meeting number " + i + ".")
                .entity("e1", "Anna Keller", EntityType.PERSON, "Anna Keller", "DEUGOV", "Chancellor")
                .entity("e2", "Ivan Sorokin", EntityType.PERSON, "Ivan Sorokin", "RUSGOV", "Foreign Minister")
                .quote("We made progress,", "e1", "Anna Keller", "Keller")
                .event("043", "e1", null, "e2", null, null, false, "Vienna", EventStatus.HAPPENED,
                        "met Ivan Sorokin in Vienna on day " + i)
                .build();
    }

    @Test
    void theEmbeddedFileStaysWithinTwiceItsLiveData() throws IOException, SQLException {
        Path data = dir.resolve("data");
        for (int batch = 0; batch < 4; batch++) {
            try (Store s = Store.embedded(data)) {
                for (int i = batch * 150; i < (batch + 1) * 150; i++) {
                    s.put(meeting(i), "in" + i, "given", null);
                }
            }
        }
        long size = Backends.sizeOf(data);
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(copy));
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long live = Backends.sizeOf(copy);
        assertTrue(size <= 2 * live, "store file " + size + " bytes, live data " + live + " bytes");
        try (Store s = Store.embedded(data)) {
            assertEquals(600L, s.queries().counts().get("article"), "compaction keeps every article");
        }
    }

    @Test
    void textWithAFilterIsAJoinNotAParameterPerArticle() throws SQLException {
        String url = Store.embeddedUrl(dir.resolve("data"));
        try (Store s = Store.open(url)) {
            for (int i = 0; i < 400; i++) {
                s.put(meeting(i), "in" + i, "given", null);
            }
        }
        AtomicInteger most = new AtomicInteger();
        try (Connection real = DriverManager.getConnection(url)) {
            real.setAutoCommit(false);
            Connection counting = counting(real, most);
            javax.sql.DataSource one = (javax.sql.DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {javax.sql.DataSource.class}, (p, m, args) -> {
                        if (m.getName().equals("getConnection")) {
                            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                    (p2, m2, a2) -> m2.getName().equals("close") ? null : invoke(m2, counting, a2));
                        }
                        throw new UnsupportedOperationException(m.getName());
                    });
            Queries q = new Queries(one, Dialect.H2.fullTextHashes(), true);
            int events = q.events(new Query("DEU", null, null, null, null, null, null, 1000)).size();
            assertTrue(events > 20, "events of the fixture: " + events);
            assertEquals(events, q.events(new Query("DEU", null, null, null, null, null, "fishing quotas", 1000))
                    .size(), "every article has the words");
            assertEquals(100, q.quotes(new Query(null, null, null, null, null, "Keller", "fishing", 100)).size());
            assertEquals(50, q.articles(new Query("RUS", null, null, null, null, null, "Vienna", 50)).size());
        }
        assertTrue(most.get() < 20, "a query bound " + most.get() + " parameters");
    }

    /** A connection whose prepared statements record the highest parameter index bound. */
    private static Connection counting(Connection real, AtomicInteger most) {
        return (Connection) Proxy.newProxyInstance(StoreDefectsTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, args) -> {
                    Object r = invoke(m, real, args);
                    if (r instanceof PreparedStatement ps) {
                        return Proxy.newProxyInstance(StoreDefectsTest.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class}, (p2, m2, a2) -> {
                                    if (m2.getName().startsWith("set") && a2 != null && a2.length >= 2
                                            && a2[0] instanceof Integer index) {
                                        most.accumulateAndGet(index, Math::max);
                                    }
                                    return invoke(m2, ps, a2);
                                });
                    }
                    return r;
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void likeWildcardsInANameMatchOnlyThemselves() {
        try (Store s = Store.embedded(dir.resolve("data"))) {
            for (int i = 0; i < 3; i++) {
                s.put(meeting(i), "in" + i, "given", null);
            }
            Queries q = s.queries();
            assertEquals(3, q.quotes(new Query(null, null, null, null, null, "Keller", null, 10)).size());
            assertEquals(0, q.quotes(new Query(null, null, null, null, null, "%", null, 10)).size());
            assertEquals(0, q.quotes(new Query(null, null, null, null, null, "K_ller", null, 10)).size());
            assertEquals(0, q.events(new Query(null, null, null, null, null, "%", null, 10)).size());
            assertEquals(0, q.timeline("%", null, null).size());
            assertEquals(0, q.timeline("_", null, null).size());
            assertEquals(0, q.states("%").size());
        }
    }

    @Test
    void timelineHasADefaultLimit() {
        try (Store s = Store.embedded(dir.resolve("data"))) {
            for (int i = 0; i < 130; i++) {
                s.put(meeting(i), "in" + i, "given", null);
            }
            assertEquals(100, s.queries().timeline("DEU", null, null).size());
            assertEquals(LocalDate.of(2025, 1, 1), s.queries().timeline("DEU", null, null).get(0).date());
        }
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Query("DEU", null, null, null, null, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new Query("DEU", null, null, null, null, null, null, -5));
    }

    @Test
    void aRejectedArticleIsExplainedWithoutSql() {
        try (Store s = Store.embedded(dir.resolve("data"))) {
            Document odd = Document.of(new Article("odd", "", "Officials met in Vienna on Monday, the ministry said.",
                    LocalDate.of(2025, 3, 3), "Wire", null, "a-language-tag-far-too-long-for-any-column"));
            StoreException e = assertThrows(StoreException.class, () -> s.put(odd, "odd.jsonl:4", "given", null));
            String m = e.getMessage();
            assertTrue(m.contains("odd.jsonl:4") && m.contains("language"), m);
            assertFalse(m.contains("INSERT") || m.contains("SQL statement") || m.contains("\n"), m);
        }
    }
}
