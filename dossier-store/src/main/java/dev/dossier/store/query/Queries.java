package dev.dossier.store.query;

import dev.dossier.store.Names;
import dev.dossier.store.Standing;
import dev.dossier.store.StoreException;

import java.sql.Connection;
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
 * dyad, the states of agreements and plans, and whole tables for export. Runs on the store's connection; each call
 * ends its read transaction.
 */
public final class Queries {

    private final Connection c;
    private final String fullText;

    /**
     * For the store; use {@code Store.queries()}.
     *
     * @param fullText the database's query for article hashes matching free text, with one parameter
     */
    public Queries(Connection connection, String fullText) {
        this.c = connection;
        this.fullText = fullText;
    }

    /** Events (one row per real-world event, with its mention counts), oldest first. */
    public Table events(Query q) {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.event_date, e.cameo, e.cameo_name, e.source_code, "
                + "se.name AS source_name, e.target_code, te.name AS target_name, e.status, e.place, e.quad_class, "
                + "e.goldstein, e.num_mentions, e.num_articles, e.num_sources, "
                + "(SELECT m.evidence FROM event_mention m WHERE m.event_id = e.id ORDER BY m.id "
                + "FETCH FIRST 1 ROWS ONLY) AS evidence FROM event e LEFT JOIN entity se ON se.id = e.source_entity "
                + "LEFT JOIN entity te ON te.id = e.target_entity WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            if (Query.isCode(q.actor())) {
                sql.append(" AND (e.source_code LIKE ? OR e.target_code LIKE ?)");
                args.add(q.actor() + "%");
                args.add(q.actor() + "%");
            } else {
                sql.append(" AND (").append(names("se.merge_key", q.actor(), args)).append(" OR ")
                        .append(names("te.merge_key", q.actor(), args)).append(")");
            }
        }
        if (q.dyad() != null) {
            String[] d = q.dyadSides();
            sql.append(" AND ((e.source_code LIKE ? AND e.target_code LIKE ?) OR (e.source_code LIKE ? AND "
                    + "e.target_code LIKE ?))");
            args.addAll(List.of(d[0] + "%", d[1] + "%", d[1] + "%", d[0] + "%"));
        }
        if (q.cameo() != null) {
            sql.append(" AND e.cameo LIKE ?");
            args.add(q.cameo() + "%");
        }
        dates(sql, args, "e.event_date", q);
        if (q.text() != null) {
            sql.append(" AND e.id IN (SELECT m.event_id FROM event_mention m WHERE ")
                    .append(textMatch("m.article_hash", q.text(), args)).append(")");
        }
        if (q.speaker() != null) {
            sql.append(" AND e.id IN (SELECT m.event_id FROM event_mention m WHERE LOWER(m.reported_by) LIKE ?)");
            args.add("%" + q.speaker().toLowerCase(Locale.ROOT) + "%");
        }
        sql.append(" ORDER BY e.event_date, e.id");
        return run("events", sql.toString(), args, q.limit());
    }

    /** Quotes with their speakers, by publication date. */
    public Table quotes(Query q) {
        StringBuilder sql = new StringBuilder("SELECT q.id, q.published, q.speaker_name, s.name AS speaker_entity, "
                + "q.speaker_code, q.kind, q.cue, q.text, a.source AS outlet, a.title, q.article_hash FROM quotation q "
                + "JOIN article a ON a.hash = q.article_hash LEFT JOIN entity s ON s.id = q.speaker_entity WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        String who = q.speaker() != null ? q.speaker() : q.actor();
        if (who != null) {
            if (Query.isCode(who)) {
                sql.append(" AND q.speaker_code LIKE ?");
                args.add(who + "%");
            } else {
                sql.append(" AND (").append(names("s.merge_key", who, args)).append(" OR LOWER(q.speaker_name) LIKE ?)");
                args.add("%" + who.toLowerCase(Locale.ROOT) + "%");
            }
        }
        if (q.dyad() != null) {
            String[] d = q.dyadSides();
            sql.append(" AND (q.speaker_code LIKE ? OR q.speaker_code LIKE ?)");
            args.add(d[0] + "%");
            args.add(d[1] + "%");
        }
        dates(sql, args, "q.published", q);
        if (q.text() != null) {
            sql.append(" AND ").append(textMatch("q.article_hash", q.text(), args));
        }
        sql.append(" ORDER BY q.published, q.id");
        return run("quotes", sql.toString(), args, q.limit());
    }

    /** Articles, by publication date. */
    public Table articles(Query q) {
        StringBuilder sql = new StringBuilder("SELECT a.hash, a.published, a.source, a.title, a.url, a.input, "
                + "a.analysis, a.chars FROM article a WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        dates(sql, args, "a.published", q);
        if (q.text() != null) {
            sql.append(" AND ").append(textMatch("a.hash", q.text(), args));
        }
        if (q.actor() != null) {
            sql.append(" AND a.hash IN (SELECT aa.article_hash FROM article_actor aa JOIN entity x ON x.id = "
                    + "aa.entity_id WHERE aa.actor_code LIKE ? OR ");
            args.add(q.actor() + "%");
            sql.append(names("x.merge_key", q.actor(), args)).append(")");
        }
        sql.append(" ORDER BY a.published, a.seq");
        return run("articles", sql.toString(), args, q.limit());
    }

    /** Entities merged across articles, with their mention and article counts. */
    public Table entities(Query q) {
        StringBuilder sql = new StringBuilder("SELECT x.id, x.name, x.type, x.actor_code, x.role, "
                + "(SELECT COUNT(*) FROM entity_mention m WHERE m.entity_id = x.id) AS mentions, "
                + "(SELECT COUNT(DISTINCT m.article_hash) FROM entity_mention m WHERE m.entity_id = x.id) AS articles "
                + "FROM entity x WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            if (Query.isCode(q.actor())) {
                sql.append(" AND x.actor_code LIKE ?");
                args.add(q.actor() + "%");
            } else {
                sql.append(" AND ").append(names("x.merge_key", q.actor(), args));
            }
        }
        sql.append(" ORDER BY x.id");
        return run("entities", sql.toString(), args, q.limit());
    }

    /** Events and quotes of an actor (code or name) or a dyad ({@code USA-RUS}), in date order. */
    public List<TimelineEntry> timeline(String actorOrDyad, LocalDate from, LocalDate to) {
        Query q = Query.isDyad(actorOrDyad.toUpperCase(Locale.ROOT))
                ? new Query(null, actorOrDyad.toUpperCase(Locale.ROOT), null, from, to, null, null, Integer.MAX_VALUE)
                : new Query(actorOrDyad, null, null, from, to, null, null, Integer.MAX_VALUE);
        List<TimelineEntry> out = new ArrayList<>();
        Table events = events(q);
        for (Object[] r : events.rows()) {
            String dyad = str(r[4]) + "→" + str(r[6]);
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
        return out;
    }

    /** States whose subject contains {@code subject} (all when null), with their claims. */
    public List<StateView> states(String subject) {
        String sql = "SELECT s.id, s.subject, s.kind, c.as_of, c.as_of_text, c.standing, c.outlet, c.speaker, c.cue, "
                + "c.evidence, c.published, c.article_hash FROM state s JOIN state_claim c ON c.state_id = s.id "
                + (subject == null ? "" : "WHERE LOWER(s.subject) LIKE ? OR s.subject_key LIKE ? ")
                + "ORDER BY s.id, c.as_of, c.published, c.article_hash, c.start_off, c.id";
        Map<Long, List<Object[]>> byState = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (subject != null) {
                ps.setString(1, "%" + subject.toLowerCase(Locale.ROOT) + "%");
                ps.setString(2, "%" + Names.key(subject) + "%");
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
            throw new StoreException("Cannot read states: " + e.getMessage(), e);
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

    /** A whole table for export: articles, entities, entity_mentions, quotes, events, event_mentions, state_claims. */
    public Table export(String table) {
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
        return run(table, sql, List.of(), Integer.MAX_VALUE);
    }

    /** The tables {@link #export} knows. */
    public static final List<String> TABLES = List.of("articles", "entities", "entity_mentions", "quotes", "events",
            "event_mentions", "state_claims");

    /** Row counts of the main tables. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : List.of("article", "entity", "entity_mention", "actor_memory", "quotation", "event",
                "event_mention", "state", "state_claim")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.put(t, rs.getLong(1));
            } catch (SQLException e) {
                throw new StoreException("Cannot count " + t + ": " + e.getMessage(), e);
            }
        }
        try {
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot end a read: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Restricts {@code column} to the hashes of articles whose text matches. The full-text query runs once, on its
     * own: H2 would evaluate its search function again for every row of an enclosing query.
     */
    private String textMatch(String column, String text, List<Object> args) {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(fullText)) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Full-text search for '" + text + "' failed: " + e.getMessage(), e);
        }
        if (hashes.isEmpty()) {
            return "1 = 0";
        }
        args.addAll(hashes);
        return column + " IN (" + String.join(",", java.util.Collections.nCopies(hashes.size(), "?")) + ")";
    }

    /** Matches an entity's merge key by name: the whole name, or its last word ("Putin" finds Vladimir Putin). */
    private static String names(String column, String name, List<Object> args) {
        String key = Names.key(name).replace("%", "").replace("_", "");
        args.add(key + "|%");
        args.add("% " + key + "|%");
        return "(" + column + " LIKE ? OR " + column + " LIKE ?)";
    }

    private static void dates(StringBuilder sql, List<Object> args, String column, Query q) {
        if (q.from() != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            args.add(java.sql.Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND ").append(column).append(" <= ?");
            args.add(java.sql.Date.valueOf(q.to()));
        }
    }

    private Table run(String name, String sql, List<Object> args, int limit) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            if (limit < Integer.MAX_VALUE) {
                ps.setMaxRows(limit);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Table.Column> columns = new ArrayList<>();
                int[] types = new int[md.getColumnCount()];
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    types[i - 1] = md.getColumnType(i);
                    columns.add(new Table.Column(md.getColumnLabel(i).toLowerCase(Locale.ROOT), kind(types[i - 1])));
                }
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
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("Query on " + name + " failed: " + e.getMessage(), e);
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
