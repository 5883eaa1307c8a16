package dev.dossier.store.export;

import dev.dossier.io.GdeltMapping;
import dev.dossier.store.query.Table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * GDELT 2.0's two tables: events (61 tab-separated columns) and mentions (16), no header, as in GDELT's own files.
 * An event row is mapped by {@link GdeltMapping}, as {@code dossier analyze --format gdelt} maps it: IsRootEvent from
 * the earliest sentence of the event's mentions, geography with FIPS codes and GDELT's geo types from the gazetteer.
 * MentionIdentifier is the URL or {@code sha256:<hash>} when the article has none (documented in {@code docs/store.md}).
 */
final class GdeltTsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltTsv() {
    }

    static String[] eventRow(Table t, int r, Map<Object, Integer> firstSentence) {
        Object lat = t.value(r, "lat");
        Object lon = t.value(r, "lon");
        GdeltMapping.Geo action = GdeltMapping.standard().geo(s(t.value(r, "place")), (String) t.value(r, "place_country"),
                lat == null ? null : ((Number) lat).doubleValue(), lon == null ? null : ((Number) lon).doubleValue());
        String goldstein = s(t.value(r, "goldstein"));
        return GdeltMapping.standard().row(new GdeltMapping.Facts(s(t.value(r, "id")),
                (LocalDate) t.value(r, "event_date"), (String) t.value(r, "source_code"), s(t.value(r, "source_name")),
                (String) t.value(r, "target_code"), s(t.value(r, "target_name")),
                firstSentence.getOrDefault(t.value(r, "id"), -1), s(t.value(r, "cameo")),
                Integer.parseInt(s(t.value(r, "quad_class"))), goldstein.isEmpty() ? 0 : Double.parseDouble(goldstein),
                count(t.value(r, "num_mentions")), count(t.value(r, "num_sources")), count(t.value(r, "num_articles")),
                action, (LocalDate) t.value(r, "first_published"), s(t.value(r, "first_url"))));
    }

    /** Each event's earliest sentence over its mentions: GDELT's IsRootEvent asks whether it is in the lead. */
    static Map<Object, Integer> firstSentences(Table mentions) {
        Map<Object, Integer> out = new HashMap<>();
        for (int r = 0; r < mentions.size(); r++) {
            Object sentence = mentions.value(r, "sentence");
            if (sentence instanceof Number n && n.intValue() >= 0) {
                out.merge(mentions.value(r, "event_id"), n.intValue(), Math::min);
            }
        }
        return out;
    }

    private static int count(Object o) {
        return o == null ? 1 : ((Number) o).intValue();
    }

    static String[] mentionRow(Table t, int r) {
        String[] c = new String[16];
        Arrays.fill(c, "");
        c[0] = s(t.value(r, "event_id"));
        LocalDate eventDate = (LocalDate) t.value(r, "event_date");
        LocalDate published = (LocalDate) t.value(r, "published");
        c[1] = eventDate == null ? "" : eventDate.format(DAY) + "000000";
        c[2] = published == null ? "" : published.format(DAY) + "000000";
        c[3] = "1";
        c[4] = s(t.value(r, "outlet"));
        String url = s(t.value(r, "url"));
        c[5] = url.isEmpty() ? "sha256:" + s(t.value(r, "article_hash")) : url;
        Object sentence = t.value(r, "sentence");
        c[6] = sentence == null || ((Integer) sentence) < 0 ? "" : String.valueOf((Integer) sentence + 1);
        c[7] = s(t.value(r, "source_start"));
        c[8] = s(t.value(r, "target_start"));
        c[9] = s(t.value(r, "start_off"));
        c[10] = "1";
        c[11] = "100";
        c[12] = s(t.value(r, "chars"));
        return clean(c);
    }

    private static String[] clean(String[] c) {
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return c;
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
