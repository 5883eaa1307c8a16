package dev.dossier.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared evaluation data ({@code ../shared} beside the project) without hard-coding a relative path in
 * product code: the {@code dossier.shared} system property, then the {@code DOSSIER_SHARED} environment variable,
 * then {@code ../shared} from the working directory.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Optional<Path> root() {
        String prop = System.getProperty("dossier.shared");
        String env = System.getenv("DOSSIER_SHARED");
        for (String candidate : new String[] {prop, env, "../shared"}) {
            if (candidate != null && !candidate.isBlank() && Files.isDirectory(Path.of(candidate))) {
                return Optional.of(Path.of(candidate).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** A path under the shared data, when it exists. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
