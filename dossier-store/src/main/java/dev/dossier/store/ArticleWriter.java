package dev.dossier.store;

import dev.dossier.ingest.ContentHash;
import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.Quote;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one article and merges what it found into the knowledge base, in one transaction on the store's
 * connection: the article, its entities (merged by {@link EntityResolver}), how each was coded (from the text or
 * from the actor memory), its quotes, its events (merged by {@link EventMatcher}) and its state claims.
 */
final class ArticleWriter {

    /** An entity of the article as stored: its id in the store and the actor code it ended up with. */
    private record Resolved(long id, ActorCode code) {
    }

    private final Connection c;
    private final StateDetector states;
    private final EntityResolver entities;
    private final EventMatcher events;

    ArticleWriter(Connection connection, StateDetector states) {
        this.c = connection;
        this.states = states;
        this.entities = new EntityResolver(connection);
        this.events = new EventMatcher(connection);
    }

    /** Writes the article in its own transaction; false when its content hash is already stored. */
    boolean write(Document doc, String input, String analysis, String configHash) {
        return write(doc, input, analysis, configHash, true);
    }

    /**
     * Writes the article; false when its content hash is already stored. With {@code commit} false the article is
     * written inside the open transaction behind a savepoint, so a failure takes back this article alone and the
     * caller commits a group of articles at once (see {@link Store}'s batches).
     */
    boolean write(Document doc, String input, String analysis, String configHash, boolean commit) {
        String hash = ContentHash.of(doc.text());
        Savepoint savepoint = null;
        try {
            if (exists(hash)) {
                if (commit) {
                    c.rollback();
                }
                return false;
            }
            if (!commit) {
                savepoint = c.setSavepoint();
            }
            insertArticle(hash, doc, input, analysis, configHash);
            Map<String, Resolved> resolved = writeEntities(hash, doc);
            writeQuotes(hash, doc, resolved);
            writeEvents(hash, doc, resolved);
            writeStates(hash, doc);
            if (commit) {
                c.commit();
            } else {
                c.releaseSavepoint(savepoint);
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            try {
                if (savepoint != null) {
                    c.rollback(savepoint);
                } else if (commit) {
                    c.rollback();
                }
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SQLException sql && isDuplicateKey(sql) && existsQuietly(hash, commit)) {
                return false;
            }
            throw new StoreException("Cannot store article '" + doc.id() + "' (" + input + "): "
                    + (e instanceof SQLException ? Sql.describe(e) : e.getMessage())
                    + "; nothing of it was stored", e);
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private boolean existsQuietly(String hash, boolean commit) {
        try {
            boolean found = exists(hash);
            if (commit) {
                c.rollback();
            }
            return found;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean exists(String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void insertArticle(String hash, Document doc, String input, String analysis, String configHash)
            throws SQLException {
        var a = doc.article();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (hash, ext_id, title, body, published, "
                + "source, url, language, input, analysis, config_hash, chars) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, hash);
            ps.setString(2, cut(a.id(), 1000));
            ps.setString(3, cut(a.title(), 2000));
            ps.setString(4, a.text());
            setDate(ps, 5, a.published());
            ps.setString(6, cut(a.source(), 1000));
            ps.setString(7, cut(a.url(), 2000));
            ps.setString(8, a.language());
            ps.setString(9, cut(input, 2000));
            ps.setString(10, analysis);
            ps.setString(11, configHash);
            ps.setInt(12, a.text().length());
            ps.executeUpdate();
        }
    }

    private Map<String, Resolved> writeEntities(String hash, Document doc) throws SQLException {
        Map<String, Resolved> out = new HashMap<>();
        Set<Long> coded = new HashSet<>();
        LocalDate published = doc.article().published();
        try (PreparedStatement mention = c.prepareStatement("INSERT INTO entity_mention (entity_id, article_hash, "
                + "local_id, start_off, end_off, text, kind) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement actor = c.prepareStatement("INSERT INTO article_actor (article_hash, entity_id, "
                     + "actor_code, role, code_from) VALUES (?,?,?,?,?)")) {
            for (Entity e : doc.entities()) {
                Actor a = doc.actorOf(e.id()).orElse(null);
                ActorCode code = a == null ? null : a.code();
                String role = a == null ? null : a.role();
                String from = code == null ? "none" : "article";
                String nameKey = Names.key(e.name());
                if (code == null) {
                    var memory = entities.recall(nameKey, e.type());
                    if (memory.isPresent()) {
                        code = memory.get().code();
                        role = memory.get().role();
                        from = "memory";
                    }
                } else if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                    entities.remember(nameKey, code, role, hash, published);
                }
                long id = entities.resolve(e.name(), e.type(), code, role);
                out.put(e.id(), new Resolved(id, code));
                for (EntityMention m : e.mentions()) {
                    mention.setLong(1, id);
                    mention.setString(2, hash);
                    mention.setString(3, cut(e.id(), 60));
                    mention.setInt(4, m.span().start());
                    mention.setInt(5, m.span().end());
                    mention.setString(6, cut(m.text(), 2000));
                    mention.setString(7, m.kind().name());
                    mention.addBatch();
                }
                if (coded.add(id)) {
                    actor.setString(1, hash);
                    actor.setLong(2, id);
                    actor.setString(3, code == null ? null : code.toString());
                    actor.setString(4, cut(role, 1000));
                    actor.setString(5, from);
                    actor.addBatch();
                }
            }
            mention.executeBatch();
            actor.executeBatch();
        }
        return out;
    }

    private void writeQuotes(String hash, Document doc, Map<String, Resolved> resolved) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotation (article_hash, kind, start_off, end_off, "
                + "text, cue, speaker_entity, speaker_name, speaker_code, published, speaker_key, speaker_last) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Quote q : doc.quotes()) {
                Resolved speaker = q.speaker() == null || q.speaker().entityId() == null ? null
                        : resolved.get(q.speaker().entityId());
                ps.setString(1, hash);
                ps.setString(2, q.kind().jsonName());
                ps.setInt(3, q.span().start());
                ps.setInt(4, q.span().end());
                ps.setString(5, q.text());
                ps.setString(6, q.cue() == null ? null : cut(q.cue().text(), 1000));
                if (speaker == null) {
                    ps.setNull(7, Types.BIGINT);
                } else {
                    ps.setLong(7, speaker.id());
                }
                ps.setString(8, q.speaker() == null ? null : cut(q.speaker().name(), 1000));
                ps.setString(9, speaker == null || speaker.code() == null ? null : speaker.code().toString());
                setDate(ps, 10, doc.article().published());
                String key = q.speaker() == null || q.speaker().name() == null ? null : Names.key(q.speaker().name());
                ps.setString(11, cut(key, 1000));
                ps.setString(12, key == null ? null : cut(Names.lastWord(key), 1000));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeEvents(String hash, Document doc, Map<String, Resolved> resolved) throws SQLException {
        LocalDate published = doc.article().published();
        for (Event e : doc.events()) {
            List<EventActor> targets = e.targets().isEmpty() ? Arrays.asList((EventActor) null) : e.targets();
            for (EventActor target : targets) {
                EventMatcher.Report report = new EventMatcher.Report(e, code(e.source(), resolved),
                        code(target, resolved), entityId(e.source(), resolved), entityId(target, resolved),
                        published, doc.article().source());
                long eventId = events.matchOrCreate(report, hash);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mention (event_id, article_hash, "
                        + "cameo, sentence, start_off, end_off, evidence, status, when_value, reported_by, "
                        + "source_start, target_start, published, outlet, reported_key, reported_last) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    ps.setLong(1, eventId);
                    ps.setString(2, hash);
                    ps.setString(3, e.cameo());
                    ps.setInt(4, e.sentence());
                    ps.setInt(5, e.span().start());
                    ps.setInt(6, e.span().end());
                    ps.setString(7, e.evidence().text());
                    ps.setString(8, e.status().jsonName());
                    ps.setString(9, e.when() == null ? null : e.when().value());
                    ps.setString(10, e.reportedBy() == null ? null : cut(e.reportedBy().name(), 1000));
                    setInt(ps, 11, e.source() == null || e.source().mention() == null ? null
                            : e.source().mention().span().start());
                    setInt(ps, 12, target == null || target.mention() == null ? null : target.mention().span().start());
                    setDate(ps, 13, published);
                    ps.setString(14, cut(doc.article().source(), 1000));
                    String key = e.reportedBy() == null || e.reportedBy().name() == null ? null
                            : Names.key(e.reportedBy().name());
                    ps.setString(15, cut(key, 1000));
                    ps.setString(16, key == null ? null : cut(Names.lastWord(key), 1000));
                    ps.executeUpdate();
                }
                events.refresh(eventId);
            }
        }
    }

    private static ActorCode code(EventActor a, Map<String, Resolved> resolved) {
        if (a == null) {
            return null;
        }
        if (a.code() != null) {
            return a.code();
        }
        Resolved r = a.entityId() == null ? null : resolved.get(a.entityId());
        return r == null ? null : r.code();
    }

    private static Long entityId(EventActor a, Map<String, Resolved> resolved) {
        Resolved r = a == null || a.entityId() == null ? null : resolved.get(a.entityId());
        return r == null ? null : r.id();
    }

    private void writeStates(String hash, Document doc) throws SQLException {
        List<StateClaim> claims = states.detect(doc);
        if (claims.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO state_claim (state_id, article_hash, standing, "
                + "as_of, as_of_text, published, outlet, speaker, cue, evidence, start_off, end_off) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (StateClaim claim : claims) {
                Long id = ids.get(claim.subjectKey());
                if (id == null) {
                    id = stateId(claim);
                    ids.put(claim.subjectKey(), id);
                }
                ps.setLong(1, id);
                ps.setString(2, hash);
                ps.setString(3, claim.standing().name());
                setDate(ps, 4, claim.asOf());
                ps.setString(5, claim.asOfText());
                setDate(ps, 6, doc.article().published());
                ps.setString(7, cut(doc.article().source(), 1000));
                ps.setString(8, cut(claim.speaker(), 1000));
                ps.setString(9, cut(claim.cue(), 200));
                ps.setString(10, claim.evidence());
                ps.setInt(11, claim.span().start());
                ps.setInt(12, claim.span().end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private long stateId(StateClaim claim) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM state WHERE subject_key = ?")) {
            ps.setString(1, claim.subjectKey());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO state (subject_key, subject, kind) VALUES (?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, cut(claim.subjectKey(), 1000));
            ps.setString(2, cut(claim.subject(), 1000));
            ps.setString(3, claim.kind());
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("The database returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
