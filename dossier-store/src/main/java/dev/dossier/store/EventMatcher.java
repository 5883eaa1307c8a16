package dev.dossier.store;

import dev.dossier.model.ActorCode;
import dev.dossier.model.Event;
import dev.dossier.model.Place;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Decides whether a reported event is one already stored (GDELT's events/mentions split) and keeps each event's
 * counts and latest status. The rule, documented in {@code docs/store.md}:
 *
 * <ol>
 *   <li>same CAMEO root (the first two digits);</li>
 *   <li>same dyad: the source and target actor codes; for the symmetric roots (03 intent to cooperate, 04 consult,
 *       05 diplomatic cooperation, 06 material cooperation) in either order;</li>
 *   <li>dates within a window that depends on how precisely the new report dates the event: 3 days for a day read
 *       from the text, 7 days when only the publication date is known, 31 days for a month, season or coarser;</li>
 *   <li>compatible places: either report gives none, or both name the same place or the same country.</li>
 * </ol>
 * Among several candidates the one closest in date wins, then the oldest.
 */
final class EventMatcher {

    private static final Set<String> SYMMETRIC_ROOTS = Set.of("03", "04", "05", "06");

    /** One event as an article reports it, with its actors coded as the store resolved them. */
    record Report(Event event, ActorCode source, ActorCode target, Long sourceEntity, Long targetEntity,
                  LocalDate published, String outlet) {

        LocalDate date() {
            if (event.when() != null) {
                var d = event.when().startDay();
                if (d.isPresent()) {
                    return d.get();
                }
            }
            return published == null ? LocalDate.EPOCH : published;
        }

        int windowDays() {
            if (event.when() != null && event.whenFromText()) {
                return event.when().day().isPresent() ? 3 : 31;
            }
            if (event.when() != null && event.when().day().isEmpty()) {
                return 31;
            }
            return 7;
        }
    }

    private final Connection c;

    EventMatcher(Connection c) {
        this.c = c;
    }

    static String dyadKey(String root, ActorCode source, ActorCode target) {
        String s = source == null ? "" : source.toString();
        String t = target == null ? "" : target.toString();
        if (SYMMETRIC_ROOTS.contains(root) && s.compareTo(t) > 0) {
            return t + "~" + s;
        }
        return SYMMETRIC_ROOTS.contains(root) ? s + "~" + t : s + ">" + t;
    }

    long matchOrCreate(Report r, String articleHash) throws SQLException {
        Event e = r.event();
        String root = e.cameoRoot();
        String dyad = dyadKey(root, r.source(), r.target());
        LocalDate date = r.date();
        int window = r.windowDays();
        Long best = null;
        long bestDistance = Long.MAX_VALUE;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, event_date, place, place_country FROM event "
                + "WHERE cameo_root = ? AND dyad_key = ? AND event_date BETWEEN ? AND ? ORDER BY id")) {
            ps.setString(1, root);
            ps.setString(2, dyad);
            ps.setDate(3, Date.valueOf(date.minusDays(window)));
            ps.setDate(4, Date.valueOf(date.plusDays(window)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!placesAgree(e.where(), rs.getString(3), rs.getString(4))) {
                        continue;
                    }
                    long distance = Math.abs(ChronoUnit.DAYS.between(rs.getDate(2).toLocalDate(), date));
                    if (distance < bestDistance) {
                        best = rs.getLong(1);
                        bestDistance = distance;
                    }
                }
            }
        }
        if (best != null) {
            if (e.where() != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE event SET place = COALESCE(place, ?), "
                        + "place_country = COALESCE(place_country, ?) WHERE id = ?")) {
                    ps.setString(1, e.where().name());
                    ps.setString(2, e.where().country());
                    ps.setLong(3, best);
                    ps.executeUpdate();
                }
            }
            return best;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (cameo, cameo_root, cameo_name, quad_class, "
                + "goldstein, source_code, target_code, source_entity, target_entity, dyad_key, event_date, "
                + "date_from_text, place, place_country, lat, lon, status, first_article, num_mentions, num_articles, "
                + "num_sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0)", Statement.RETURN_GENERATED_KEYS)) {
            Place p = e.where();
            ps.setString(1, e.cameo());
            ps.setString(2, root);
            ps.setString(3, ArticleWriter.cut(e.cameoName(), 500));
            ps.setInt(4, e.quadClass());
            ps.setDouble(5, e.goldstein());
            ps.setString(6, r.source() == null ? null : r.source().toString());
            ps.setString(7, r.target() == null ? null : r.target().toString());
            setLong(ps, 8, r.sourceEntity());
            setLong(ps, 9, r.targetEntity());
            ps.setString(10, dyad);
            ps.setDate(11, Date.valueOf(date));
            ps.setBoolean(12, e.whenFromText());
            ps.setString(13, p == null ? null : ArticleWriter.cut(p.name(), 1000));
            ps.setString(14, p == null ? null : p.country());
            setDouble(ps, 15, p == null || !p.isGeocoded() ? null : p.lat());
            setDouble(ps, 16, p == null || !p.isGeocoded() ? null : p.lon());
            ps.setString(17, e.status().jsonName());
            ps.setString(18, articleHash);
            ps.executeUpdate();
            return ArticleWriter.generatedId(ps);
        }
    }

    /** Recounts an event's mentions, articles and outlets, and sets its status to its latest report's. */
    void refresh(long eventId) throws SQLException {
        String status;
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM event_mention WHERE event_id = ? "
                + "ORDER BY published DESC NULLS LAST, id DESC")) {
            ps.setLong(1, eventId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                status = rs.getString(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE event SET status = ?, "
                + "num_mentions = (SELECT COUNT(*) FROM event_mention m WHERE m.event_id = ?), "
                + "num_articles = (SELECT COUNT(DISTINCT m.article_hash) FROM event_mention m WHERE m.event_id = ?), "
                + "num_sources = (SELECT COUNT(DISTINCT COALESCE(m.outlet, m.article_hash)) FROM event_mention m "
                + "WHERE m.event_id = ?) WHERE id = ?")) {
            ps.setString(1, status);
            for (int i = 2; i <= 5; i++) {
                ps.setLong(i, eventId);
            }
            ps.executeUpdate();
        }
    }

    private static boolean placesAgree(Place p, String storedPlace, String storedCountry) {
        if (p == null || storedPlace == null) {
            return true;
        }
        if (Names.key(p.name()).equals(Names.key(storedPlace))) {
            return true;
        }
        return p.country() != null && p.country().equals(storedCountry);
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }
}
