package dev.dossier.store.query;

import dev.dossier.store.Names;
import dev.dossier.store.Standing;
import dev.dossier.store.Sql;
import dev.dossier.store.StoreException;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the knowledge base: events, quotes, articles and entities by {@link Query}, timelines of an actor or a
 * dyad, the states of agreements and plans, and whole tables for export. Each call borrows a connection from the
 * store's pool and ends its read transaction, so one {@code Queries} serves many threads.
 *
 * <p>Every lookup the command line and the server offer has an index behind it: names through their normalised
 * key and last word ({@code name_key}, {@code name_last}, {@code speaker_key}, ...), codes through prefix ranges,
 * free text through the database's full-text index joined to the other filters, never as a list of parameters.
 * Conditions on either side of an event (actor, dyad) are unions of two indexed lookups, not an OR over columns.
 * Each such set condition is joined by key: on PostgreSQL as a derived table, on H2 through a temporary table of
 * the connection filled just before (H2 would otherwise run the set again for every row of its outer loop).
 */
public final class Queries {

    /** Rows a listing returns when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 100;

    /** Rows fetched at a time by streaming reads (exports). */
    private static final int FETCH = 500;

    private final DataSource db;
    private final String fullText;
    private final boolean h2;

    /**
     * For the store; use {@code Store.queries()}.
     *
     * @param db       the store's pooled connections
     * @param fullText the database's query for article hashes matching free text, with one parameter
     * @param h2       true on H2, whose full-text function is materialised once per query before the join
     */
    public Queries(DataSource db, String fullText, boolean h2) {
        this.db = db;
        this.fullText = fullText;
        this.h2 = h2;
    }

    /**
     * A statement being built. Set conditions (by actor, name, dyad, text) are derived tables joined on the row's
     * key, each selecting the keys that qualify as column {@code k}: a database runs such a table once, where an
     * {@code IN (subquery)} in the WHERE clause is run again for every row H2 tests.
     */
    private final class Select {
        private final String columns;
        private final String table;
        private final String key;
        private final String tail;
        private final List<String> sets = new ArrayList<>();
        private final StringBuilder where = new StringBuilder();
        private final List<List<Object>> setArgs = new ArrayList<>();
        private final List<Object> whereArgs = new ArrayList<>();
        private String order = "";
        String text;

        /**
         * @param columns "SELECT ..." up to FROM
         * @param table   the main table and its alias ({@code event e})
         * @param key     the row's key the set conditions join on ({@code e.id})
         * @param tail    joins after the main table
         */
        Select(String columns, String table, String key, String tail) {
            this.columns = columns;
            this.table = table;
            this.key = key;
            this.tail = tail;
        }

        Select and(String condition, Object... values) {
            where.append(" AND ").append(condition);
            whereArgs.addAll(List.of(values));
            return this;
        }

        /** Keeps the rows whose key the subquery selects (as column {@code k}). */
        Select in(String keys, Object... values) {
            sets.add(keys);
            List<Object> a = new ArrayList<>();
            if (pendingText != null) {
                a.add(pendingText);
                pendingText = null;
            }
            a.addAll(List.of(values));
            setArgs.add(a);
            return this;
        }

        /**
         * The articles matching free text, as a table with column {@code hash}, for the next {@link #in}; on
         * PostgreSQL its parameter goes first among that set's.
         */
        String textTable(String words) {
            if (h2) {
                text = words;
                return "(SELECT hash FROM text_hits)";
            }
            pendingText = words;
            return "(" + fullText + ")";
        }

        private String pendingText;

        Select orderBy(String o) {
            order = " ORDER BY " + o;
            return this;
        }

        /**
         * The sets come first in FROM, the main table joined to them by key: the database reads each set once and
         * fetches its rows by primary key, instead of scanning the main table and testing every row.
         */
        String sql() {
            StringBuilder from = new StringBuilder();
            for (int i = 0; i < sets.size(); i++) {
                from.append(i == 0 ? "" : " JOIN ").append(h2 ? setTable(i) : "(" + sets.get(i) + ")").append(" f")
                        .append(i);
                if (i > 0) {
                    from.append(" ON f").append(i).append(".k = f0.k");
                }
            }
            from.append(sets.isEmpty() ? table : " JOIN " + table + " ON " + key + " = f0.k");
            return columns + " FROM " + from + tail + " WHERE 1 = 1" + where + order;
        }

        /** The arguments of the statement: on H2 the sets are filled before, so only the WHERE clause's. */
        List<Object> args() {
            List<Object> all = new ArrayList<>();
            if (!h2) {
                setArgs.forEach(all::addAll);
            }
            all.addAll(whereArgs);
            return all;
        }

        /** H2's per-connection table holding set {@code i}. */
        String setTable(int i) {
            return (key.endsWith(".hash") ? "set_hash_" : "set_id_") + i;
        }

        /**
         * On H2, runs each set once into a temporary table of this connection ({@code set_id_0}, ...; primary key
         * {@code k}): H2 knows their sizes exactly and reads the smallest first, where a derived table could be
         * placed inside the loop over the main table and run again for each of its rows.
         */
        void fillSets(Connection c) throws SQLException {
            for (int i = 0; i < sets.size(); i++) {
                String t = setTable(i);
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE LOCAL TEMPORARY TABLE IF NOT EXISTS " + t + " (k "
                            + (t.startsWith("set_hash") ? "VARCHAR(64)" : "BIGINT") + " PRIMARY KEY)");
                    st.executeUpdate("DELETE FROM " + t);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " (k) SELECT DISTINCT k FROM ("
                        + sets.get(i) + ") s")) {
                    List<Object> a = setArgs.get(i);
                    for (int j = 0; j < a.size(); j++) {
                        ps.setObject(j + 1, a.get(j));
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Entity ids by name: the whole normalised name, or its last word alone ("Putin"); two parameters. */
    private static final String ENTITY_BY_NAME = "(SELECT id FROM entity WHERE name_key = ? UNION "
            + "SELECT id FROM entity WHERE name_last = ?)";

    /** Events (one row per real-world event, with its mention counts), oldest first. */
    public Table events(Query q) {
        Select s = new Select("SELECT e.id, e.event_date, e.cameo, e.cameo_name, e.source_code, "
                + "se.name AS source_name, e.target_code, te.name AS target_name, e.status, e.place, e.quad_class, "
                + "e.goldstein, e.num_mentions, e.num_articles, e.num_sources, "
                + "(SELECT m.evidence FROM event_mention m WHERE m.event_id = e.id ORDER BY m.id "
                + "FETCH FIRST 1 ROWS ONLY) AS evidence", "event e", "e.id",
                " LEFT JOIN entity se ON se.id = e.source_entity LEFT JOIN entity te ON te.id = e.target_entity");
        if (q.actor() != null) {
            if (Query.isCode(q.actor())) {
                String code = q.actor() + "%";
                s.in("SELECT id AS k FROM event WHERE source_code LIKE ? UNION SELECT id FROM event WHERE "
                        + "target_code LIKE ?", code, code);
            } else {
                String[] n = nameArgs(q.actor());
                s.in("SELECT v.id AS k FROM " + ENTITY_BY_NAME + " n JOIN event v ON v.source_entity = n.id UNION "
                        + "SELECT v.id FROM " + ENTITY_BY_NAME + " n JOIN event v ON v.target_entity = n.id",
                        n[0], n[1], n[0], n[1]);
            }
        }
        if (q.dyad() != null) {
            String[] d = q.dyadSides();
            s.in("SELECT id AS k FROM event WHERE source_code LIKE ? AND target_code LIKE ? UNION SELECT id FROM "
                    + "event WHERE source_code LIKE ? AND target_code LIKE ?", d[0] + "%", d[1] + "%", d[1] + "%",
                    d[0] + "%");
        }
        if (q.text() != null) {
            s.in("SELECT DISTINCT m.event_id AS k FROM " + s.textTable(q.text()) + " t JOIN event_mention m ON "
                    + "m.article_hash = t.hash");
        }
        if (q.speaker() != null) {
            String[] n = nameArgs(q.speaker());
            s.in("SELECT event_id AS k FROM event_mention WHERE reported_key = ? UNION SELECT event_id FROM "
                    + "event_mention WHERE reported_last = ?", n[0], n[1]);
        }
        if (q.cameo() != null) {
            s.and("e.cameo LIKE ?", q.cameo() + "%");
        }
        dates(s, "e.event_date", q);
        s.orderBy("e.event_date, e.id");
        return run("events", s, q.limit());
    }

    /** Quotes with their speakers, by publication date. */
    public Table quotes(Query q) {
        Select s = new Select("SELECT q.id, q.published, q.speaker_name, sp.name AS speaker_entity, "
                + "q.speaker_code, q.kind, q.cue, q.text, a.source AS outlet, a.title, q.article_hash", "quotation q",
                "q.id", " JOIN article a ON a.hash = q.article_hash LEFT JOIN entity sp ON sp.id = q.speaker_entity");
        String who = q.speaker() != null ? q.speaker() : q.actor();
        if (who != null) {
            if (Query.isCode(who)) {
                s.and("q.speaker_code LIKE ?", who + "%");
            } else {
                String[] n = nameArgs(who);
                s.in("SELECT x.id AS k FROM " + ENTITY_BY_NAME + " n JOIN quotation x ON x.speaker_entity = n.id "
                        + "UNION SELECT id FROM quotation WHERE speaker_key = ? UNION SELECT id FROM quotation WHERE "
                        + "speaker_last = ?", n[0], n[1], n[0], n[1]);
            }
        }
        if (q.dyad() != null) {
            String[] d = q.dyadSides();
            s.in("SELECT id AS k FROM quotation WHERE speaker_code LIKE ? UNION SELECT id FROM quotation WHERE "
                    + "speaker_code LIKE ?", d[0] + "%", d[1] + "%");
        }
        if (q.text() != null) {
            s.in("SELECT x.id AS k FROM " + s.textTable(q.text()) + " t JOIN quotation x ON x.article_hash = t.hash");
        }
        dates(s, "q.published", q);
        s.orderBy("q.published, q.id");
        return run("quotes", s, q.limit());
    }

    /** Articles, by publication date. */
    public Table articles(Query q) {
        Select s = new Select("SELECT a.hash, a.published, a.source, a.title, a.url, a.input, a.analysis, a.chars",
                "article a", "a.hash", "");
        if (q.text() != null) {
            s.in("SELECT t.hash AS k FROM " + s.textTable(q.text()) + " t");
        }
        if (q.actor() != null) {
            if (Query.isCode(q.actor())) {
                s.in("SELECT DISTINCT article_hash AS k FROM article_actor WHERE actor_code LIKE ?", q.actor() + "%");
            } else {
                String[] n = nameArgs(q.actor());
                s.in("SELECT DISTINCT aa.article_hash AS k FROM " + ENTITY_BY_NAME + " n JOIN article_actor aa ON "
                        + "aa.entity_id = n.id", n[0], n[1]);
            }
        }
        dates(s, "a.published", q);
        s.orderBy("a.published, a.seq");
        return run("articles", s, q.limit());
    }

    /** Entities merged across articles, with their mention and article counts. */
    public Table entities(Query q) {
        Select s = new Select("SELECT x.id, x.name, x.type, x.actor_code, x.role, "
                + "(SELECT COUNT(*) FROM entity_mention m WHERE m.entity_id = x.id) AS mentions, "
                + "(SELECT COUNT(DISTINCT m.article_hash) FROM entity_mention m WHERE m.entity_id = x.id) AS articles",
                "entity x", "x.id", "");
        if (q.actor() != null) {
            if (Query.isCode(q.actor())) {
                s.and("x.actor_code LIKE ?", q.actor() + "%");
            } else {
                String[] n = nameArgs(q.actor());
                s.in("SELECT id AS k FROM " + ENTITY_BY_NAME + " n", n[0], n[1]);
            }
        }
        s.orderBy("x.id");
        return run("entities", s, q.limit());
    }

    /** Events and quotes of an actor (code or name) or a dyad ({@code USA-RUS}), in date order, the first 100. */
    public List<TimelineEntry> timeline(String actorOrDyad, LocalDate from, LocalDate to) {
        return timeline(actorOrDyad, from, to, DEFAULT_LIMIT);
    }

    /** Events and quotes of an actor (code or name) or a dyad ({@code USA-RUS}), in date order, at most {@code limit}. */
    public List<TimelineEntry> timeline(String actorOrDyad, LocalDate from, LocalDate to, int limit) {
        Query q = Query.isDyad(actorOrDyad.toUpperCase(Locale.ROOT))
                ? new Query(null, actorOrDyad.toUpperCase(Locale.ROOT), null, from, to, null, null, limit)
                : new Query(actorOrDyad, null, null, from, to, null, null, limit);
        List<TimelineEntry> out = new ArrayList<>();
        Table events = events(q);
        for (Object[] r : events.rows()) {
            String dyad = str(r[4]) + "\u2192" + str(r[6]);
            out.add(new TimelineEntry((LocalDate) r[1], "event", r[2] + " " + str(r[3]) + " " + dyad,
                    join(r[5], r[7]), str(r[8]), ((Number) r[12]).intValue(), str(r[15]), null));
        }
        Table quotes = quotes(q);
        for (Object[] r : quotes.rows()) {
            out.add(new TimelineEntry((LocalDate) r[1], "quote", str(r[7]), str(r[2]), str(r[5]), 1, str(r[7]),
                    str(r[10])));
        }
        out.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineEntry::kind));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /** States whose subject contains {@code subject} (all when null), the first 100, with their claims. */
    public List<StateView> states(String subject) {
        return states(subject, DEFAULT_LIMIT);
    }

    /** States whose subject contains {@code subject} (all when null), at most {@code limit}, with their claims. */
    public List<StateView> states(String subject, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1; got " + limit);
        }
        String sql = "SELECT s.id, s.subject, s.kind, c.as_of, c.as_of_text, c.standing, c.outlet, c.speaker, c.cue, "
                + "c.evidence, c.published, c.article_hash FROM state s JOIN state_claim c ON c.state_id = s.id "
                + "WHERE s.id IN (SELECT id FROM state "
                + (subject == null ? "" : "WHERE LOWER(subject) LIKE ? ESCAPE '\\' OR subject_key LIKE ? ESCAPE '\\' ")
                + "ORDER BY id FETCH FIRST " + limit + " ROWS ONLY) "
                + "ORDER BY s.id, c.as_of, c.published, c.article_hash, c.start_off, c.id";
        Map<Long, List<Object[]>> byState = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (subject != null) {
                ps.setString(1, "%" + like(subject.toLowerCase(Locale.ROOT)) + "%");
                ps.setString(2, "%" + like(Names.key(subject)) + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[12];
                    for (int i = 0; i < 12; i++) {
                        row[i] = value(rs, i + 1, rs.getMetaData().getColumnType(i + 1));
                    }
                    byState.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot read states: " + Sql.describe(e), e);
        }
        List<StateView> out = new ArrayList<>();
        for (List<Object[]> rows : byState.values()) {
            List<StateView.Claim> claims = new ArrayList<>();
            for (Object[] r : rows) {
                boolean contradicts = rows.stream().anyMatch(o -> o != r && contradict(r, o));
                claims.add(new StateView.Claim((LocalDate) r[3], r[4] == null ? r[3].toString() : str(r[4]),
                        Standing.valueOf(str(r[5])).label(), str(r[6]), str(r[7]), str(r[8]), str(r[9]),
                        (LocalDate) r[10], str(r[11]), contradicts));
            }
            StateView.Claim last = claims.get(claims.size() - 1);
            boolean disputed = claims.stream().anyMatch(x -> x.contradicts() && x.asOf().equals(last.asOf()));
            out.add(new StateView(str(rows.get(0)[1]), str(rows.get(0)[2]), disputed ? "disputed" : last.standing(),
                    claims));
        }
        return out;
    }

    private static boolean contradict(Object[] a, Object[] b) {
        LocalDate da = (LocalDate) a[3];
        LocalDate db = (LocalDate) b[3];
        boolean sameTime = Math.abs(ChronoUnit.DAYS.between(da, db)) <= 3;
        boolean otherSource = !java.util.Objects.equals(a[6], b[6]) || !java.util.Objects.equals(a[7], b[7]);
        return sameTime && otherSource && Standing.valueOf(str(a[5])).contradicts(Standing.valueOf(str(b[5])));
    }

    /** Receives an exported table row by row. */
    public interface RowSink {

        /** The columns, once, before the first row. */
        void columns(String table, List<Table.Column> columns) throws IOException;

        /** One row, as long as the columns; the array is not kept by the caller. */
        void row(Object[] row) throws IOException;
    }

    /** A whole table for export, in memory: for tests and small stores; exports stream through {@link #export(String, RowSink)}. */
    public Table export(String table) {
        List<Table.Column> cols = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try {
            export(table, new RowSink() {
                @Override
                public void columns(String name, List<Table.Column> columns) {
                    cols.addAll(columns);
                }

                @Override
                public void row(Object[] row) {
                    rows.add(row);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Table(table, cols, rows);
    }

    /**
     * Streams a whole table (articles, entities, entity_mentions, quotes, events, event_mentions, state_claims) to
     * {@code sink}, a few hundred rows in memory at a time: H2 runs the query lazily, PostgreSQL through a cursor.
     */
    public void export(String table, RowSink sink) throws IOException {
        String sql = switch (table) {
            case "articles" -> "SELECT hash, ext_id, title, published, source, url, language, input, analysis, "
                    + "config_hash, chars, body FROM article ORDER BY seq";
            case "entities" -> "SELECT id, name, type, country, actor_code, role FROM entity ORDER BY id";
            case "entity_mentions" -> "SELECT m.entity_id, m.article_hash, m.local_id, m.start_off, m.end_off, m.text, "
                    + "m.kind, aa.actor_code, aa.code_from FROM entity_mention m LEFT JOIN article_actor aa ON "
                    + "aa.article_hash = m.article_hash AND aa.entity_id = m.entity_id ORDER BY m.id";
            case "quotes" -> "SELECT id, article_hash, published, kind, speaker_name, speaker_entity, speaker_code, cue, "
                    + "text, start_off, end_off FROM quotation ORDER BY id";
            case "events" -> "SELECT e.id, e.event_date, e.cameo, e.cameo_root, e.cameo_name, e.quad_class, e.goldstein, "
                    + "e.source_code, se.name AS source_name, e.target_code, te.name AS target_name, e.place, "
                    + "e.place_country, e.lat, e.lon, e.status, e.num_mentions, e.num_articles, e.num_sources, "
                    + "e.first_article, a.url AS first_url, a.published AS first_published FROM event e "
                    + "JOIN article a ON a.hash = e.first_article LEFT JOIN entity se ON se.id = e.source_entity "
                    + "LEFT JOIN entity te ON te.id = e.target_entity ORDER BY e.id";
            case "event_mentions" -> "SELECT m.event_id, m.article_hash, e.event_date, m.published, m.outlet, a.url, "
                    + "m.sentence, m.source_start, m.target_start, m.start_off, m.end_off, m.status, m.when_value, "
                    + "m.reported_by, m.evidence, a.chars FROM event_mention m JOIN event e ON e.id = m.event_id "
                    + "JOIN article a ON a.hash = m.article_hash ORDER BY m.id";
            case "state_claims" -> "SELECT s.subject, s.kind, c.standing, c.as_of, c.as_of_text, c.published, c.outlet, "
                    + "c.speaker, c.cue, c.evidence, c.article_hash FROM state_claim c JOIN state s ON s.id = c.state_id "
                    + "ORDER BY s.id, c.as_of, c.id";
            default -> throw new IllegalArgumentException("No table '" + table + "'; tables: " + String.join(", ",
                    TABLES));
        };
        try (Connection c = db.getConnection()) {
            try {
                if (h2) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET LAZY_QUERY_EXECUTION TRUE");
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setFetchSize(FETCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        List<Table.Column> columns = new ArrayList<>();
                        int[] types = columns(rs, columns);
                        sink.columns(table, columns);
                        Object[] row = new Object[types.length];
                        while (rs.next()) {
                            for (int i = 0; i < types.length; i++) {
                                row[i] = value(rs, i + 1, types[i]);
                            }
                            sink.row(row.clone());
                        }
                    }
                }
                c.commit();
            } finally {
                if (h2) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET LAZY_QUERY_EXECUTION FALSE");
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot export " + table + ": " + Sql.describe(e), e);
        }
    }

    private static int[] columns(ResultSet rs, List<Table.Column> columns) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int[] types = new int[md.getColumnCount()];
        for (int i = 1; i <= md.getColumnCount(); i++) {
            types[i - 1] = md.getColumnType(i);
            columns.add(new Table.Column(md.getColumnLabel(i).toLowerCase(Locale.ROOT), kind(types[i - 1])));
        }
        return types;
    }

    /** The tables {@link #export} knows. */
    public static final List<String> TABLES = List.of("articles", "entities", "entity_mentions", "quotes", "events",
            "event_mentions", "state_claims");

    /** Row counts of the main tables. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = db.getConnection()) {
            for (String t : List.of("article", "entity", "entity_mention", "actor_memory", "quotation", "event",
                    "event_mention", "state", "state_claim")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t);
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot count the store's rows: " + Sql.describe(e), e);
        }
        return out;
    }

    /**
     * The arguments of {@link #ENTITY_BY_NAME}: the key, and the key again as a last word (a key of several words
     * never equals a last word, which has no space, so it matches nothing there). Wildcards mean nothing here:
     * these are equality lookups.
     */
    private static String[] nameArgs(String name) {
        String key = Names.key(name);
        return new String[] {key, key};
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void dates(Select s, String column, Query q) {
        if (q.from() != null) {
            s.and(column + " >= ?", java.sql.Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            s.and(column + " <= ?", java.sql.Date.valueOf(q.to()));
        }
    }

    private Table run(String name, Select s, int limit) {
        String sql = s.sql();
        List<Object> args = s.args();
        if (limit < Integer.MAX_VALUE) {
            sql += " FETCH FIRST " + limit + " ROWS ONLY";
        }
        try (Connection c = db.getConnection()) {
            try {
                if (s.text != null && h2) {
                    fillTextHits(c, s.text);
                }
                if (h2) {
                    s.fillSets(c);
                }
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.size(); i++) {
                        ps.setObject(i + 1, args.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        List<Table.Column> columns = new ArrayList<>();
                        int[] types = columns(rs, columns);
                        List<Object[]> rows = new ArrayList<>();
                        while (rs.next()) {
                            Object[] row = new Object[types.length];
                            for (int i = 0; i < types.length; i++) {
                                row[i] = value(rs, i + 1, types[i]);
                            }
                            rows.add(row);
                        }
                        c.commit();
                        return new Table(name, columns, rows);
                    }
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Query on " + name + " failed: " + Sql.describe(e), e);
        }
    }

    /**
     * Runs H2's full-text search once into this connection's temporary table {@code text_hits}, which the query then
     * joins. Inside the query itself, H2 would call the search function again for every row it tests.
     */
    private void fillTextHits(Connection c, String text) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE LOCAL TEMPORARY TABLE IF NOT EXISTS text_hits (hash VARCHAR(64) PRIMARY KEY)");
            st.executeUpdate("DELETE FROM text_hits");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO text_hits (hash) SELECT DISTINCT hash FROM ("
                + fullText + ") hits")) {
            ps.setString(1, text);
            ps.executeUpdate();
        }
    }

    private static Table.Kind kind(int sqlType) {
        return switch (sqlType) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Table.Kind.INT;
            case Types.BIGINT -> Table.Kind.LONG;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> Table.Kind.DOUBLE;
            case Types.BOOLEAN, Types.BIT -> Table.Kind.BOOLEAN;
            case Types.DATE -> Table.Kind.DATE;
            default -> Table.Kind.STRING;
        };
    }

    private static Object value(ResultSet rs, int i, int sqlType) throws SQLException {
        Object v = switch (kind(sqlType)) {
            case INT -> rs.getInt(i);
            case LONG -> rs.getLong(i);
            case DOUBLE -> rs.getDouble(i);
            case BOOLEAN -> rs.getBoolean(i);
            case DATE -> {
                java.sql.Date d = rs.getDate(i);
                yield d == null ? null : d.toLocalDate();
            }
            case STRING -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String join(Object a, Object b) {
        return (a == null ? "?" : a) + " / " + (b == null ? "?" : b);
    }
}
