package dev.dossier.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as pages and feeds write them: ISO 8601 dates and date-times, and RFC 1123 (RSS). */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private Dates() {
    }

    /** The calendar day a date or date-time names (in its own time zone), or empty when it cannot be read. */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        try {
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            return Optional.of(ZonedDateTime.parse(v.replaceAll("\\s+", " "), RFC_1123).toLocalDate());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
