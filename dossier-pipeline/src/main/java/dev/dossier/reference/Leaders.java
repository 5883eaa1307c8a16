package dev.dossier.reference;

import dev.dossier.model.ActorCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Office holders with their terms ({@code leaders.tsv}): who a bare name ("Obama", "Putin") stands for on a given
 * date. Within a term a leader has the office's code; after the last term the country's elite code ({@code ELI}).
 * A surname alone is read when only one leader bears it, or only one of its bearers held office on the date.
 */
public final class Leaders {

    /**
     * One term of office.
     *
     * @param name  the leader's name
     * @param names every name the text may use, the first being {@code name}
     * @param code  the office's actor code
     * @param from  first day in office
     * @param to    last day, or null while in office
     */
    public record Term(String name, List<String> names, ActorCode code, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private final Map<String, List<Term>> byName = new HashMap<>();
    private final Map<String, List<Term>> bySurname = new HashMap<>();

    private Leaders(List<Term> terms) {
        for (Term t : terms) {
            for (String n : t.names()) {
                byName.computeIfAbsent(key(n), k -> new ArrayList<>()).add(t);
                String[] parts = n.split(" ");
                bySurname.computeIfAbsent(key(parts[parts.length - 1]), k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** Reads {@code leaders.tsv}: name, other names, actor code, from, to, source. */
    public static Leaders load(TsvTable table) {
        List<Term> terms = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            ActorCode code;
            LocalDate from;
            LocalDate to;
            try {
                code = ActorCode.parse(row.get(2));
                from = LocalDate.parse(row.get(3).trim());
                to = row.optional(4).isEmpty() ? null : LocalDate.parse(row.get(4).trim());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw row.error("bad code or date (" + e.getMessage() + ")");
            }
            if (to != null && to.isBefore(from)) {
                throw row.error("term ends before it begins");
            }
            List<String> names = new ArrayList<>();
            names.add(row.get(0).trim());
            names.addAll(row.list(1));
            terms.add(new Term(names.getFirst(), names, code, from, to));
        }
        return new Leaders(terms);
    }

    public static Leaders standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Leaders STANDARD = load(TsvTable.resource(Leaders.class, "leaders.tsv", 6));
    }

    /**
     * The code a name stands for on a day: the office's code within a term, the country's elite after it, nothing
     * before the first term or when a surname is shared by several leaders who could be meant. With no day (null)
     * only the country, when all the name's terms share one.
     */
    public Optional<ActorCode> codeOn(String name, LocalDate day) {
        return codeOn(name, day, true);
    }

    /** As {@link #codeOn(String, LocalDate)}; a surname alone is read only when {@code surnames} is true. */
    public Optional<ActorCode> codeOn(String name, LocalDate day, boolean surnames) {
        List<Term> terms = byName.get(key(name));
        if (terms == null && !surnames) {
            return Optional.empty();
        }
        if (terms == null) {
            List<Term> bySur = bySurname.getOrDefault(key(name), List.of());
            List<Term> inOffice = day == null ? List.of() : bySur.stream().filter(t -> t.covers(day)).toList();
            if (bySur.stream().map(Term::name).distinct().count() == 1) {
                terms = bySur;
            } else if (inOffice.stream().map(Term::name).distinct().count() == 1) {
                terms = inOffice;
            } else {
                terms = List.of();
            }
        }
        if (day == null) {
            List<String> countries = terms.stream().map(t -> t.code().country()).distinct().toList();
            return countries.size() == 1 ? Optional.of(ActorCode.country(countries.getFirst())) : Optional.empty();
        }
        Optional<Term> current = terms.stream().filter(t -> t.covers(day)).findFirst();
        if (current.isPresent()) {
            return Optional.of(current.get().code());
        }
        return terms.stream().filter(t -> t.to() != null && t.to().isBefore(day))
                .max(java.util.Comparator.comparing(Term::to))
                .map(t -> new ActorCode(t.code().country(), "ELI"));
    }

    private static String key(String name) {
        return ActorBase.key(name);
    }
}
