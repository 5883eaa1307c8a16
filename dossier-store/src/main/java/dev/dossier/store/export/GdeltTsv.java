package dev.dossier.store.export;

import dev.dossier.store.query.Table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * GDELT 2.0's two tables: events (61 tab-separated columns) and mentions (16), no header, as in GDELT's own files.
 * Columns Dossier does not fill stay empty (known group, ethnicity, religion, tone, actor geography, ADM codes,
 * feature ids). Differences, documented in {@code docs/store.md}: ActionGeo_CountryCode holds the ISO 3166 alpha-3
 * code (GDELT uses FIPS 10-4); MentionIdentifier is the URL or {@code sha256:<hash>} when the article has none;
 * IsRootEvent is 0 because Dossier does not record whether the event is in the lead paragraph.
 */
final class GdeltTsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltTsv() {
    }

    static void write(Table events, Table mentions, Path eventsFile, Path mentionsFile) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8)) {
            for (int r = 0; r < events.size(); r++) {
                w.write(String.join("\t", eventRow(events, r)));
                w.write('\n');
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(mentionsFile, StandardCharsets.UTF_8)) {
            for (int r = 0; r < mentions.size(); r++) {
                w.write(String.join("\t", mentionRow(mentions, r)));
                w.write('\n');
            }
        }
    }

    static String[] eventRow(Table t, int r) {
        String[] c = new String[61];
        Arrays.fill(c, "");
        LocalDate date = (LocalDate) t.value(r, "event_date");
        c[0] = s(t.value(r, "id"));
        c[1] = date.format(DAY);
        c[2] = c[1].substring(0, 6);
        c[3] = c[1].substring(0, 4);
        c[4] = String.format(Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0);
        actor(c, 5, s(t.value(r, "source_code")), s(t.value(r, "source_name")));
        actor(c, 15, s(t.value(r, "target_code")), s(t.value(r, "target_name")));
        c[25] = "0";
        String cameo = s(t.value(r, "cameo"));
        c[26] = cameo;
        c[27] = cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
        c[28] = s(t.value(r, "cameo_root"));
        c[29] = s(t.value(r, "quad_class"));
        c[30] = s(t.value(r, "goldstein"));
        c[31] = s(t.value(r, "num_mentions"));
        c[32] = s(t.value(r, "num_sources"));
        c[33] = s(t.value(r, "num_articles"));
        c[35] = "0";
        c[43] = "0";
        String place = s(t.value(r, "place"));
        c[51] = place.isEmpty() ? "0" : t.value(r, "lat") == null ? "1" : "4";
        c[52] = place;
        c[53] = s(t.value(r, "place_country"));
        c[56] = s(t.value(r, "lat"));
        c[57] = s(t.value(r, "lon"));
        LocalDate added = (LocalDate) t.value(r, "first_published");
        c[59] = added == null ? "" : added.format(DAY) + "000000";
        c[60] = s(t.value(r, "first_url"));
        return clean(c);
    }

    private static void actor(String[] c, int at, String code, String name) {
        c[at] = code;
        c[at + 1] = name.toUpperCase(Locale.ROOT);
        if (code.length() >= 3 && !isRole(code.substring(0, 3))) {
            c[at + 2] = code.substring(0, 3);
            code = code.substring(3);
        }
        for (int i = 0; i < 3 && code.length() >= 3 * (i + 1); i++) {
            c[at + 7 + i] = code.substring(3 * i, 3 * i + 3);
        }
    }

    private static boolean isRole(String three) {
        return java.util.Set.of("GOV", "MIL", "MED", "BUS", "IGO", "NGO", "OPP", "REB", "CVL", "JUD", "LEG")
                .contains(three);
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
