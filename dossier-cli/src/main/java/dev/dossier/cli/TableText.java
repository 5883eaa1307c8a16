package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.store.query.Table;

import java.io.PrintWriter;
import java.time.LocalDate;

/** Prints a query's rows as an aligned text table or as a JSON array. */
final class TableText {

    private static final int MAX_WIDTH = 48;

    private TableText() {
    }

    static void print(Table t, PrintWriter out) {
        int n = t.columns().size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = t.columns().get(i).name().length();
        }
        for (Object[] row : t.rows()) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.min(MAX_WIDTH, Math.max(width[i], cell(row[i]).length()));
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            line.append(pad(t.columns().get(i).name(), width[i])).append(i < n - 1 ? "  " : "");
        }
        out.println(line.toString().stripTrailing());
        for (Object[] row : t.rows()) {
            line.setLength(0);
            for (int i = 0; i < n; i++) {
                line.append(pad(cell(row[i]), width[i])).append(i < n - 1 ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(" + t.size() + " " + t.name() + ")");
        out.flush();
    }

    static void printJson(Table t, PrintWriter out) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = json.createArrayNode();
        for (Object[] row : t.rows()) {
            ObjectNode o = array.addObject();
            for (int i = 0; i < row.length; i++) {
                String name = t.columns().get(i).name();
                Object v = row[i];
                switch (v) {
                    case null -> o.putNull(name);
                    case Integer x -> o.put(name, x);
                    case Long x -> o.put(name, x);
                    case Double x -> o.put(name, x);
                    case Boolean x -> o.put(name, x);
                    default -> o.put(name, v.toString());
                }
            }
        }
        out.println(array.toPrettyString());
        out.flush();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof LocalDate d ? d.toString() : v.toString();
        s = s.replace('\n', ' ');
        return s.length() > MAX_WIDTH ? s.substring(0, MAX_WIDTH - 1) + "…" : s;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
