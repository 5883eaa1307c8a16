package dev.dossier.eval;

import dev.dossier.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads PolNeAR attribution relations from brat standoff: text-bound annotations ({@code T1\tSource 217 220\tshe},
 * discontinuous ones as {@code 2731 2733;2743 2783}) joined by events
 * ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}). Lines of other kinds, notes and the continuation lines of
 * annotations whose text holds a line break are skipped.
 */
public final class BratAttributions {

    /**
     * One gold attribution; each role is its fragments in text order, empty when the role is absent.
     *
     * @param source who is quoted
     * @param cue    the words that mark the attribution
     * @param content what is attributed
     */
    public record Gold(List<Span> source, List<Span> cue, List<Span> content) {
        public Gold {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }
    }

    private static final Pattern ID = Pattern.compile("[TE]\\d+");

    private BratAttributions() {
    }

    public static List<Gold> read(Path ann) {
        List<String> lines;
        try {
            lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read brat file " + ann, e);
        }
        Map<String, List<Span>> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String[] cols = line.split("\t");
            if (cols.length < 2 || !ID.matcher(cols[0]).matches()) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                int space = cols[1].indexOf(' ');
                if (space < 0) {
                    throw new IllegalArgumentException(ann + ":" + number + ": no offsets in '" + line + "'");
                }
                List<Span> fragments = new ArrayList<>();
                for (String frag : cols[1].substring(space + 1).split(";")) {
                    String[] se = frag.trim().split(" ");
                    try {
                        fragments.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(ann + ":" + number + ": bad offsets '" + frag + "'", e);
                    }
                }
                spans.put(cols[0], fragments);
            } else {
                Map<String, String> args = new HashMap<>();
                String[] parts = cols[1].trim().split(" ");
                if (!parts[0].startsWith("Attribution")) {
                    continue;
                }
                for (int i = 1; i < parts.length; i++) {
                    int colon = parts[i].indexOf(':');
                    if (colon > 0) {
                        args.put(parts[i].substring(0, colon), parts[i].substring(colon + 1));
                    }
                }
                events.add(args);
            }
        }
        List<Gold> out = new ArrayList<>();
        for (Map<String, String> e : events) {
            out.add(new Gold(role(spans, e.get("Source")), role(spans, e.get("Cue")), role(spans, e.get("Content"))));
        }
        return out;
    }

    private static List<Span> role(Map<String, List<Span>> spans, String id) {
        if (id == null || !spans.containsKey(id)) {
            return List.of();
        }
        return spans.get(id).stream().sorted().toList();
    }
}
