package dev.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.io.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Metadata for a text file kept beside it: {@code story.txt.json} (a JSON object) or {@code story.txt.meta}
 * ({@code key: value} lines). Keys: {@code title}, {@code published}, {@code source}, {@code url}, {@code language}.
 * A sidecar's values win over the file's front matter.
 */
public final class Sidecar {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecar() {
    }

    /** True for a file that is the sidecar of another file in the same folder. */
    public static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        for (String ext : new String[] {".json", ".meta"}) {
            if (name.endsWith(ext) && name.length() > ext.length()) {
                Path main = file.resolveSibling(name.substring(0, name.length() - ext.length()));
                if (Files.isRegularFile(main)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The metadata of {@code file}'s sidecar, if it has one. */
    public static Optional<Map<String, String>> of(Path file) {
        Path json = file.resolveSibling(file.getFileName() + ".json");
        Path meta = file.resolveSibling(file.getFileName() + ".meta");
        try {
            if (Files.isRegularFile(json)) {
                JsonNode node;
                try {
                    node = JSON.readTree(json.toFile());
                } catch (IOException e) {
                    throw new InputException(json.toString(), "is not valid JSON: " + e.getMessage());
                }
                if (node == null || !node.isObject()) {
                    throw new InputException(json.toString(), "is not a JSON object of metadata");
                }
                Map<String, String> out = new LinkedHashMap<>();
                node.properties().forEach(e -> {
                    if (!e.getValue().isNull()) {
                        out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
                    }
                });
                return Optional.of(out);
            }
            if (Files.isRegularFile(meta)) {
                Map<String, String> out = new LinkedHashMap<>();
                int n = 0;
                for (String line : Files.readAllLines(meta, StandardCharsets.UTF_8)) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        throw new InputException(meta + ":" + n, "is not 'key: value'");
                    }
                    out.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
                return Optional.of(out);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "its sidecar cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }
}
