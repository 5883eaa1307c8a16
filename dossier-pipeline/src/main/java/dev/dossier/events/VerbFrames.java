package dev.dossier.events;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verb frames of {@code verb-frames.tsv}, indexed by verb lemma, with the digest of the table they were read
 * from (it enters the coder's configuration, so a changed table changes the provenance of what it codes). The table
 * is derived from PETRARCH-2's verb dictionary by {@code tools/petrarch-verbs/PetrarchVerbs.java}; see the events
 * resources' README. Immutable and shared.
 */
public final class VerbFrames {

    static final String RESOURCE = "/dev/dossier/events/verb-frames.tsv";
    private static final String WORD = "[a-z0-9][a-z0-9'.-]*";

    private final Map<String, List<VerbFrame>> byVerb;
    private final int size;
    private final String digest;

    private VerbFrames(List<VerbFrame> frames, String digest) {
        Map<String, List<VerbFrame>> index = new HashMap<>();
        for (VerbFrame f : frames) {
            for (String v : f.verbs()) {
                index.computeIfAbsent(v, k -> new ArrayList<>()).add(f);
            }
        }
        index.replaceAll((k, l) -> List.copyOf(l));
        this.byVerb = Map.copyOf(index);
        this.size = frames.size();
        this.digest = digest;
    }

    /** No frames: the coder then uses its hand-written patterns only. */
    public static VerbFrames none() {
        return new VerbFrames(List.of(), "none");
    }

    /** The table that ships with Dossier, checked against the standard CAMEO table. */
    public static VerbFrames standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final VerbFrames STANDARD = read(RESOURCE, resource(RESOURCE), CameoOntology.standard());
    }

    private static byte[] resource(String name) {
        try (InputStream in = VerbFrames.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Data file " + name + " is missing from the classpath; rebuild Dossier");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + name, e);
        }
    }

    /**
     * Reads a frame table; every bad line is reported at once.
     *
     * @throws EventDataException listing each bad entry as file:line
     */
    static VerbFrames read(String name, byte[] content, CameoOntology cameo) {
        List<DataLines.Line> lines = DataLines.read(name, new ByteArrayInputStream(content));
        List<VerbFrame> frames = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DataLines.Line line : lines) {
            try {
                frames.add(frame(line, cameo));
            } catch (IllegalArgumentException e) {
                problems.add(line.where() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new EventDataException(name, problems);
        }
        return new VerbFrames(frames, sha256(content));
    }

    private static VerbFrame frame(DataLines.Line line, CameoOntology cameo) {
        List<String> f = line.fields();
        if (f.size() != 8) {
            throw new IllegalArgumentException("expected code, options, verbs, with, subject, object, preps and "
                    + "origin (tab-separated), found " + f.size() + " fields");
        }
        String code = f.get(0);
        if (!code.equals("---") && !cameo.contains(code)) {
            throw new IllegalArgumentException("'" + code + "' is neither --- nor a CAMEO code of cameo.tsv");
        }
        if (!f.get(1).equals("-") && !f.get(1).equals("symmetric")) {
            throw new IllegalArgumentException("options must be - or symmetric, not '" + f.get(1) + "'");
        }
        List<String> verbs = new ArrayList<>();
        for (String v : f.get(2).split("\\|", -1)) {
            verbs.add(word(v, "verb"));
        }
        List<String> with = new ArrayList<>();
        if (!f.get(3).equals("-")) {
            for (String w : f.get(3).split("_", -1)) {
                with.add(word(w, "with-word"));
            }
        }
        List<VerbFrame.Prep> preps = new ArrayList<>();
        if (!f.get(6).equals("-")) {
            for (String p : f.get(6).split(" +")) {
                preps.add(prep(p));
            }
        }
        return new VerbFrame(code.equals("---") ? null : code, f.get(1).equals("symmetric"), verbs, with,
                phrases(f.get(4)), phrases(f.get(5)), preps, line.where() + " " + f.get(7));
    }

    private static String word(String w, String what) {
        String s = w.strip().toLowerCase(Locale.ROOT);
        if (!s.matches(WORD)) {
            throw new IllegalArgumentException("bad " + what + " '" + w + "' (lower-case letters, digits, ' . -)");
        }
        return s;
    }

    /** "financial/economic_aid|loan" as its phrases; "-" as none. */
    private static List<VerbFrame.Phrase> phrases(String field) {
        if (field.equals("-")) {
            return List.of();
        }
        List<VerbFrame.Phrase> out = new ArrayList<>();
        for (String alt : field.split("\\|", -1)) {
            String[] positions = alt.split("_", -1);
            List<Set<String>> modifiers = new ArrayList<>();
            for (int i = 0; i < positions.length - 1; i++) {
                Set<String> words = new LinkedHashSet<>();
                for (String w : positions[i].split("/", -1)) {
                    words.add(word(w, "modifier"));
                }
                modifiers.add(words);
            }
            out.add(new VerbFrame.Phrase(modifiers, word(positions[positions.length - 1], "head")));
        }
        return out;
    }

    /** "for", "by/with" or "for=financial_aid|help". */
    private static VerbFrame.Prep prep(String item) {
        int eq = item.indexOf('=');
        String preps = eq < 0 ? item : item.substring(0, eq);
        Set<String> words = new LinkedHashSet<>();
        for (String p : preps.split("/", -1)) {
            words.add(word(p, "preposition"));
        }
        return new VerbFrame.Prep(words, eq < 0 ? List.of() : phrases(item.substring(eq + 1)));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Frames that apply to this verb lemma, in table order. */
    public List<VerbFrame> verb(String lemma) {
        return byVerb.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public int size() {
        return size;
    }

    /** SHA-256 of the table's bytes ("none" for no table). */
    public String digest() {
        return digest;
    }
}
