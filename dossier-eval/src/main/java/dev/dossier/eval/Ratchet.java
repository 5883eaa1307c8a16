package dev.dossier.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Floors that evaluation figures must not fall below, read from a properties file such as
 * {@code times.value.f1 = 0.86}. Keys are {@code <row>.<precision|recall|f1>}, or {@code <figure>.value} for a figure
 * of the table that is not a share ({@code events.per1000words.value = 4.2}). Raise a floor when a change
 * improves a figure; a change that lowers one fails the build.
 */
public final class Ratchet {

    private final Properties floors;
    private final String name;

    private Ratchet(String name, Properties floors) {
        this.name = name;
        this.floors = floors;
    }

    public static Ratchet load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ratchet file " + file, e);
        }
        return new Ratchet(file.toString(), p);
    }

    /** Every figure below its floor, as readable lines; empty when all hold. */
    public List<String> violations(ScoreTable table) {
        List<String> out = new ArrayList<>();
        for (String key : floors.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            String row = key.substring(0, dot);
            String measure = key.substring(dot + 1);
            double floor = Double.parseDouble(floors.getProperty(key).trim());
            if (measure.equals("value")) {
                Double figure = table.figures().get(row);
                if (figure == null) {
                    out.add(key + ": no such figure in the results (" + table.figures().keySet() + ")");
                } else if (figure + 1e-9 < floor) {
                    out.add(String.format(Locale.ROOT, "%s fell to %.4f, below the floor %.4f in %s", key, figure,
                            floor, name));
                }
                continue;
            }
            Score s = table.scores().get(row);
            if (s == null) {
                out.add(key + ": no such row in the results (" + table.scores().keySet() + ")");
                continue;
            }
            double value = switch (measure) {
                case "precision" -> s.precision();
                case "recall" -> s.recall();
                case "f1" -> s.f1();
                default -> throw new IllegalArgumentException("Unknown measure '" + measure + "' in " + name);
            };
            if (value + 1e-9 < floor) {
                out.add(String.format(Locale.ROOT, "%s fell to %.4f, below the floor %.4f in %s", key, value, floor, name));
            }
        }
        return out;
    }
}
