package dev.dossier.store;

import dev.dossier.model.ActorCode;
import dev.dossier.model.EntityType;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges an article's entities into the store's entities, and keeps the actor memory.
 *
 * <p>Merge key: {@code name|TYPE|COUNTRY}, where the name goes through {@link Names#key} (so "Kiev" is "kyiv") and
 * the country is the actor code's. In order: the exact key; the same name and type stored without a country, which
 * then takes this country; with no country known here, the one entity of that name and type whatever its country;
 * for a person named by one word ("Putin"), the one person whose name ends with it. Otherwise a new entity.
 *
 * <p>Actor memory: a person or organisation coded in one article (its code and title) keeps that code, under its
 * name key, for later articles that name it without a title. The first code stays unless a later one is more
 * specific (more role codes).
 */
final class EntityResolver {

    record Memory(ActorCode code, String role) {
    }

    private final Connection c;

    EntityResolver(Connection c) {
        this.c = c;
    }

    long resolve(String name, EntityType type, ActorCode code, String role) throws SQLException {
        String nameKey = Names.key(name);
        String country = code != null && code.hasCountry() ? code.country() : "";
        String key = nameKey + "|" + type.name() + "|" + country;
        Optional<Long> id = one("SELECT id FROM entity WHERE merge_key = ?", key);
        if (id.isEmpty() && !country.isEmpty()) {
            id = one("SELECT id FROM entity WHERE merge_key = ?", nameKey + "|" + type.name() + "|");
            if (id.isPresent()) {
                update("UPDATE entity SET merge_key = ?, country = ? WHERE id = ?", key, country, id.get());
            }
        }
        if (id.isEmpty() && country.isEmpty()) {
            id = onlyOne("SELECT id FROM entity WHERE merge_key LIKE ? ESCAPE '\\'",
                    like(nameKey) + "|" + type.name() + "|%");
        }
        if (id.isEmpty() && type == EntityType.PERSON && !nameKey.contains(" ") && !nameKey.isEmpty()) {
            id = country.isEmpty()
                    ? onlyOne("SELECT id FROM entity WHERE name_last = ? AND type = 'PERSON' AND name_key <> ?",
                            nameKey, nameKey)
                    : onlyOne("SELECT id FROM entity WHERE name_last = ? AND type = 'PERSON' AND name_key <> ? "
                            + "AND country = ?", nameKey, nameKey, country);
        }
        if (id.isPresent()) {
            if (code != null) {
                update("UPDATE entity SET actor_code = ?, role = COALESCE(?, role) WHERE id = ? AND (actor_code IS NULL "
                        + "OR LENGTH(actor_code) < ?)", code.toString(), blankToNull(role), id.get(),
                        code.toString().length());
            }
            return id.get();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (merge_key, name, type, country, actor_code, "
                + "role, name_key, name_last) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, ArticleWriter.cut(key, 1000));
            ps.setString(2, ArticleWriter.cut(name, 1000));
            ps.setString(3, type.name());
            ps.setString(4, country.isEmpty() ? null : country);
            ps.setString(5, code == null ? null : code.toString());
            ps.setString(6, ArticleWriter.cut(blankToNull(role), 1000));
            ps.setString(7, ArticleWriter.cut(nameKey, 1000));
            ps.setString(8, ArticleWriter.cut(Names.lastWord(nameKey), 1000));
            ps.executeUpdate();
            return ArticleWriter.generatedId(ps);
        }
    }

    Optional<Memory> recall(String nameKey, EntityType type) throws SQLException {
        Optional<Memory> m = memory("SELECT actor_code, role FROM actor_memory WHERE name_key = ?", nameKey);
        if (m.isEmpty() && type == EntityType.PERSON && !nameKey.contains(" ") && !nameKey.isEmpty()) {
            m = memory("SELECT actor_code, role FROM actor_memory WHERE name_key LIKE ? ESCAPE '\\'", "% " + like(nameKey));
        }
        return m;
    }

    void remember(String nameKey, ActorCode code, String role, String articleHash, LocalDate seen) throws SQLException {
        Optional<Memory> known = memory("SELECT actor_code, role FROM actor_memory WHERE name_key = ?", nameKey);
        if (known.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_memory (name_key, actor_code, role, "
                    + "article_hash, seen) VALUES (?,?,?,?,?)")) {
                ps.setString(1, ArticleWriter.cut(nameKey, 1000));
                ps.setString(2, code.toString());
                ps.setString(3, ArticleWriter.cut(blankToNull(role), 1000));
                ps.setString(4, articleHash);
                ps.setDate(5, seen == null ? null : Date.valueOf(seen));
                ps.executeUpdate();
            }
        } else if (code.toString().length() > known.get().code().toString().length()) {
            update("UPDATE actor_memory SET actor_code = ?, role = COALESCE(?, role) WHERE name_key = ?",
                    code.toString(), blankToNull(role), nameKey);
        }
    }

    private Optional<Memory> memory(String sql, String arg) throws SQLException {
        List<Memory> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && found.size() < 2) {
                    found.add(new Memory(Codes.parse(rs.getString(1)), rs.getString(2)));
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private Optional<Long> one(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private Optional<Long> onlyOne(String sql, String... args) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && ids.size() < 2) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
