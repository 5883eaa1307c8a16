package dev.dossier.eval;

import dev.dossier.actors.PhraseCoder;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Span;
import dev.dossier.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores actor coding on the NGEC actor-resolution test table ({@code gold/events/ngec_actor_resolution_gold.tsv}:
 * an actor phrase, an optional context word, a date, the expected country and role codes). Each phrase becomes a
 * one-line article ("context phrase") published on the row's date (none for "today"), is run through the pipeline and coded with {@link PhraseCoder}. Rows:
 * {@code actors.country} (the country code is right), {@code actors.role} (the expected first or second role code
 * is among ours) and {@code actors.both}. Precision counts the rows where we gave a country (or role) at all;
 * recall counts the rows whose gold has one. Phrases that need world knowledge ("Angela Merkel" with no title) are
 * kept: they measure what the article's words and our reference tables alone can do.
 */
public final class ActorResolutionEvaluation implements Evaluation {

    private static final String FILE = "ngec_actor_resolution_gold.tsv";
    private static final Pattern CODE_IN = Pattern.compile("\"code_1 In\":\\s*\\[([^]]*)]");

    /**
     * One gold row.
     *
     * @param line     line number in the file
     * @param phrase   the actor text
     * @param context  a context word, possibly empty
     * @param country  expected country code, empty when the gold gives none
     * @param roles    acceptable role codes, empty when the gold gives none
     * @param date     the date the row's phrase is to be read on, or null when the gold gives none ("today")
     */
    record Row(int line, String phrase, String context, String country, Set<String> roles, LocalDate date) {
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM yyyy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, yyyy").toFormatter(Locale.ENGLISH));

    private final PhraseCoder coder;

    public ActorResolutionEvaluation(PhraseCoder coder) {
        this.coder = coder;
    }

    public ActorResolutionEvaluation() {
        this(new PhraseCoder());
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        Path file = Files.isDirectory(gold) ? gold.resolve(FILE) : gold;
        List<Row> rows = read(file);
        ScoreTable.Builder table = new ScoreTable.Builder("NGEC actor resolution: " + rows.size() + " phrases in " + file);
        int countryGold = 0;
        int countryGiven = 0;
        int countryRight = 0;
        int roleGold = 0;
        int roleGiven = 0;
        int roleRight = 0;
        int bothGold = 0;
        int bothRight = 0;
        for (Row row : rows) {
            String text = (row.context().isEmpty() ? "" : row.context() + " ") + row.phrase();
            Span span = new Span(text.length() - row.phrase().length(), text.length());
            Document doc = pipeline.annotate(Document.of(new Article("ngec-" + row.line(), "", text, row.date(), null, null,
                    "en")));
            Optional<ActorCode> got = coder.code(doc, span).map(PhraseCoder.PhraseActor::code);
            String country = got.map(ActorCode::country).orElse("");
            Set<String> roles = new HashSet<>();
            got.ifPresent(c -> {
                for (int i = 0; i + 3 <= c.roles().length(); i += 3) {
                    roles.add(c.roles().substring(i, i + 3));
                }
            });
            boolean countryOk = !row.country().isEmpty() && row.country().equals(country);
            boolean roleOk = !row.roles().isEmpty() && roles.stream().anyMatch(row.roles()::contains);
            countryGold += row.country().isEmpty() ? 0 : 1;
            countryGiven += country.isEmpty() ? 0 : 1;
            countryRight += countryOk ? 1 : 0;
            roleGold += row.roles().isEmpty() ? 0 : 1;
            roleGiven += roles.isEmpty() ? 0 : 1;
            roleRight += roleOk ? 1 : 0;
            if (!row.country().isEmpty() && !row.roles().isEmpty()) {
                bothGold++;
                bothRight += countryOk && roleOk ? 1 : 0;
            }
            boolean countryMiss = !row.country().isEmpty() ? !countryOk : !country.isEmpty();
            boolean roleMiss = !row.roles().isEmpty() ? !roleOk : !roles.isEmpty();
            if (countryMiss || roleMiss) {
                table.note(file.getFileName() + ":" + row.line() + ": '" + text + "' expected "
                        + (row.country().isEmpty() ? "*" : row.country()) + " " + (row.roles().isEmpty() ? "-"
                        : String.join("|", row.roles())) + ", got " + got.map(ActorCode::toString).orElse("nothing"));
            }
        }
        table.add("actors.country", new Score(countryRight, countryGiven, countryRight, countryGold));
        table.add("actors.role", new Score(roleRight, roleGiven, roleRight, roleGold));
        table.add("actors.both", new Score(bothRight, bothGold, bothRight, bothGold));
        return table.build();
    }

    /** Reads the table; the header names the columns, so their order may change. */
    static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read actor gold " + file, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; expected a header line and rows");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int phrase = column(header, "actor_text", file);
        int context = column(header, "context", file);
        int country = column(header, "exp_country", file);
        int code1 = column(header, "exp_code_1", file);
        int code2 = column(header, "exp_code_2", file);
        int other = header.indexOf("other_expect");
        int date = header.indexOf("date");
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length < header.size() - 1) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + header.size()
                        + " columns, found " + cells.length);
            }
            Set<String> roles = new HashSet<>();
            for (String c : new String[] {cell(cells, code1), cell(cells, code2)}) {
                if (c.matches("[A-Z]{3}")) {
                    roles.add(c);
                }
            }
            Matcher m = CODE_IN.matcher(other >= 0 ? cell(cells, other) : "");
            if (m.find()) {
                for (String c : m.group(1).split(",")) {
                    roles.add(c.replace("\"", "").trim());
                }
            }
            String expectedCountry = cell(cells, country);
            String text = cell(cells, phrase).trim();
            if (text.isEmpty()) {
                continue;
            }
            rows.add(new Row(i + 1, text, cell(cells, context).trim(),
                    expectedCountry.matches("[A-Z]{3}") ? expectedCountry : "", roles,
                    date < 0 ? null : date(cell(cells, date))));
        }
        return rows;
    }

    /**
     * The row's date: ISO ("2022-01-01") or written out ("10 May 2015", "October 1, 2021"); "today" and an empty cell
     * are no date, since the day the gold was written is not recorded.
     */
    static LocalDate date(String cell) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(cell.trim(), f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i].trim() : "";
    }

    private static int column(List<String> header, String name, Path file) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(file + ": no column '" + name + "' in header " + header);
        }
        return i;
    }
}
