package dev.dossier.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of Dossier and of the libraries it runs, as recorded by the build. */
public final class Versions {

    private static final Properties PROPERTIES = load();

    private Versions() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Dossier's version.properties", e);
        }
        return p;
    }

    public static String dossier() {
        return PROPERTIES.getProperty("dossier.version", "dev");
    }

    public static String coreNlp() {
        return PROPERTIES.getProperty("corenlp.version", "unknown");
    }
}
