package dev.dossier.events;

import dev.dossier.model.Event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event ontology: every code with its name, QuadClass, Goldstein score and PLOVER conversion, read from
 * {@code cameo.tsv} beside this class. Immutable and shared.
 */
public final class CameoOntology {

    static final String RESOURCE = "/dev/dossier/events/cameo.tsv";

    private final Map<String, CameoCode> codes;

    private CameoOntology(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    /** The table that ships with Dossier. */
    public static CameoOntology standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CameoOntology STANDARD = parse(DataLines.read(RESOURCE));
    }

    /**
     * Reads a table; every bad line is reported at once.
     *
     * @throws EventDataException listing each bad entry as file:line
     */
    static CameoOntology parse(List<DataLines.Line> lines) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String file = lines.isEmpty() ? RESOURCE : lines.getFirst().file();
        for (DataLines.Line line : lines) {
            List<String> f = line.fields();
            if (f.size() != 7) {
                problems.add(line.where() + ": expected 7 tab-separated fields (code, quad, goldstein, plover type, mode,"
                        + " context, name), found " + f.size());
                continue;
            }
            String code = f.get(0);
            if (!code.matches("\\d{2,4}")) {
                problems.add(line.where() + ": CAMEO code must be 2 to 4 digits: '" + code + "'");
                continue;
            }
            int root = Integer.parseInt(code.substring(0, 2));
            if (root < 1 || root > 20) {
                problems.add(line.where() + ": CAMEO root must be 01..20: '" + code + "'");
                continue;
            }
            int quad;
            double goldstein;
            try {
                quad = Integer.parseInt(f.get(1));
                goldstein = Double.parseDouble(f.get(2));
            } catch (NumberFormatException e) {
                problems.add(line.where() + ": QuadClass and Goldstein must be numbers: '" + f.get(1) + "', '" + f.get(2) + "'");
                continue;
            }
            if (quad != CameoCode.quadClassOfRoot(root)) {
                problems.add(line.where() + ": QuadClass " + quad + " does not belong to root " + code.substring(0, 2)
                        + " (expected " + CameoCode.quadClassOfRoot(root) + ")");
            }
            if (goldstein < -10 || goldstein > 10) {
                problems.add(line.where() + ": Goldstein score outside -10..10: " + goldstein);
            }
            if (f.get(3).isEmpty() || f.get(6).isEmpty()) {
                problems.add(line.where() + ": PLOVER type and name must not be empty");
                continue;
            }
            if (codes.containsKey(code)) {
                problems.add(line.where() + ": code " + code + " listed twice");
                continue;
            }
            if (code.length() > 2 && !codes.containsKey(code.substring(0, 2))) {
                problems.add(line.where() + ": code " + code + " comes before its root " + code.substring(0, 2));
            }
            codes.put(code, new CameoCode(code, f.get(6), quad, goldstein,
                    new Event.Plover(f.get(3), dash(f.get(4)), dash(f.get(5)))));
        }
        if (!problems.isEmpty()) {
            throw new EventDataException(file, problems);
        }
        return new CameoOntology(codes);
    }

    private static String dash(String s) {
        return s.equals("-") ? "" : s;
    }

    /** The entry of a code, if CAMEO has it. */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /**
     * The entry of a code, or of its nearest listed parent ("0423" falls back to "042", then "04").
     *
     * @throws IllegalArgumentException when not even the root is known
     */
    public CameoCode get(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoCode hit = codes.get(c);
            if (hit != null) {
                return hit;
            }
        }
        throw new IllegalArgumentException("Unknown CAMEO code '" + code + "'");
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
