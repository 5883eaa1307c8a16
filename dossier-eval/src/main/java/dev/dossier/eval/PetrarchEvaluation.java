package dev.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.reference.Institutions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores event coding on PETRARCH sentence records (JSON Lines: {@code id}, {@code date} YYYYMMDD, {@code text},
 * {@code expected}: a list of {@code {sourcecode, targetcode, eventcode}}, or {@code {noevents}} / {@code {error}}).
 * Each sentence is analysed as an article published on its date. Per file two rows: {@code <file>.triples}, the
 * (source country, target country, CAMEO root) triples, and {@code <file>.codes}, the same with the exact code. A
 * gold actor's country is the first three letters of its code; an extracted actor with no country counts as
 * {@code ---}, PETRARCH's mark for an unknown one, and an international organisation as {@code IGO}; an event with
 * several targets gives a triple per target. The two sides of a consultation (CAMEO 04) stand in no order, as in
 * the expected analyses, so such triples are compared with their sides sorted, and a consultation of several is one
 * between each two of them. Events the text negates, denies or
 * only supposes are not counted: PETRARCH codes what is asserted. Nor is an act a party is only reported to have
 * done by a speaker whose statement about it Dossier codes as an event of its own (an accusation, 112, or a claim of
 * responsibility, 015): PETRARCH codes the statement in place of the act it reports, Dossier keeps both. Records
 * marked {@code error}, and records with no text, are skipped and counted in a note.
 */
public final class PetrarchEvaluation implements Evaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NOTES = 400;
    /** Codes Dossier gives international organisations, from the reference institutions of kind "igo". */
    private static final Set<String> IGOS = Institutions.standard().all().stream()
            .filter(i -> i.kind().equals("igo") && i.code().hasCountry()).map(i -> i.code().country())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Statuses of events the text asserts: negated, denied and hypothetical ones are not scored. */
    static final Set<EventStatus> ASSERTED = EnumSet.of(EventStatus.HAPPENED, EventStatus.ONGOING,
            EventStatus.PLANNED, EventStatus.POSTPONED, EventStatus.CANCELLED);

    @Override
    public String name() {
        return "petrarch";
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        List<Path> files = files(gold);
        ScoreTable.Builder table = new ScoreTable.Builder("PETRARCH records: " + files.stream()
                .map(p -> p.getFileName().toString()).toList());
        int[] notes = {0};
        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
            table.add(stem + ".triples", Score.ZERO);
            table.add(stem + ".codes", Score.ZERO);
            for (JsonNode record : read(f)) {
                score(pipeline, stem, record, table, notes);
            }
        }
        return table.build();
    }

    private static void score(Pipeline pipeline, String stem, JsonNode record, ScoreTable.Builder table, int[] notes) {
        Set<String> wantRoots = new HashSet<>();
        Set<String> wantCodes = new HashSet<>();
        for (JsonNode x : record.path("expected")) {
            if (x.has("error")) {
                return;
            }
            if (x.has("eventcode")) {
                String code = x.path("eventcode").asText();
                String pair = pair(side(x.path("sourcecode").asText()), side(x.path("targetcode").asText()), code);
                wantRoots.add(pair + ">" + code.substring(0, Math.min(2, code.length())));
                wantCodes.add(pair + ">" + code);
            }
        }
        String id = record.path("id").asText();
        if (record.path("text").asText().isBlank()) {
            table.note(stem + " " + id + ": skipped, the record has no text");
            return;
        }
        Article article = new Article(stem + ":" + id, "", record.path("text").asText(), date(record.path("date").asText()),
                null, null, "en");
        Document doc = pipeline.annotate(Document.of(article));
        Set<String> gotRoots = new TreeSet<>();
        Set<String> gotCodes = new TreeSet<>();
        for (Event e : doc.events()) {
            if (!ASSERTED.contains(e.status()) || statedBy(e, doc.events())) {
                continue;
            }
            for (String pair : pairs(e)) {
                gotRoots.add(pair + ">" + e.cameoRoot());
                gotCodes.add(pair + ">" + e.cameo());
            }
        }
        table.add(stem + ".triples", counts(gotRoots, wantRoots));
        table.add(stem + ".codes", counts(gotCodes, wantCodes));
        if (!gotRoots.equals(wantRoots) && notes[0]++ < MAX_NOTES) {
            table.note(stem + " " + id + ": expected " + new TreeSet<>(wantRoots) + ", got " + gotRoots);
        }
    }

    /**
     * True when the event is reported by a speaker who, in the same sentence, is the source of a statement about it:
     * an accusation of its source or a claim of it (CAMEO 01x or 11x).
     */
    static boolean statedBy(Event e, List<Event> all) {
        if (e.reportedBy() == null || e.reportedBy().entityId() == null) {
            return false;
        }
        String speaker = e.reportedBy().entityId();
        return all.stream().anyMatch(s -> s != e && s.sentence() == e.sentence() && s.source().entityId() != null
                && s.source().entityId().equals(speaker)
                && (s.cameoRoot().equals("01") || s.cameoRoot().equals("11")));
    }

    /** The source with each target, or with {@code ---} when it has none; for a consultation (04), each two of its sides, since all of them meet. */
    private static List<String> pairs(Event e) {
        List<String> out = new ArrayList<>();
        if (e.targets().isEmpty()) {
            out.add(pair(side(e.source().code()), "---", e.cameo()));
            return out;
        }
        if (!e.cameoRoot().equals("04")) {
            e.targets().forEach(t -> out.add(pair(side(e.source().code()), side(t.code()), e.cameo())));
            return out;
        }
        List<EventActor> sides = new ArrayList<>();
        sides.add(e.source());
        sides.addAll(e.targets());
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                out.add(pair(side(sides.get(i).code()), side(sides.get(j).code()), e.cameo()));
            }
        }
        return out;
    }

    /** The two sides as compared: in order, or sorted for the symmetric consultations (04). */
    static String pair(String source, String target, String code) {
        if (code.startsWith("04") && source.compareTo(target) > 0) {
            return target + ">" + source;
        }
        return source + ">" + target;
    }

    private static Score counts(Set<String> got, Set<String> want) {
        int tp = 0;
        for (String g : got) {
            tp += want.contains(g) ? 1 : 0;
        }
        return Score.ofCounts(tp, got.size() - tp, want.size() - tp);
    }

    /** The part of an actor code that is compared: its country, or its roles when it has none. */
    static String side(String code) {
        if (code == null || code.isBlank() || code.startsWith("-")) {
            return "---";
        }
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /**
     * An extracted actor's country as PETRARCH writes it: {@code ---} for an unknown country, and {@code IGO} for an
     * international organisation, which Dossier codes by the organisation's own code ({@code UNO}, {@code EUR}).
     */
    private static String side(ActorCode code) {
        if (code == null || !code.hasCountry()) {
            return "---";
        }
        return IGOS.contains(code.country()) ? "IGO" : code.country();
    }

    private static LocalDate date(String yyyymmdd) {
        if (!yyyymmdd.matches("\\d{6,8}")) {
            return null;
        }
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        int month = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = yyyymmdd.length() == 8 ? Integer.parseInt(yyyymmdd.substring(6, 8)) : 1;
        return LocalDate.of(year, Math.max(1, month), Math.max(1, day));
    }

    private static List<Path> files(Path gold) {
        if (Files.isRegularFile(gold)) {
            return List.of(gold);
        }
        try (Stream<Path> s = Files.list(gold)) {
            return s.filter(p -> p.getFileName().toString().startsWith("petr") && p.toString().endsWith(".jsonl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + gold, e);
        }
    }

    private static List<JsonNode> read(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (!line.isBlank()) {
                    try {
                        out.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new IllegalArgumentException(file + ":" + n + ": not a JSON object: " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return out;
    }
}
