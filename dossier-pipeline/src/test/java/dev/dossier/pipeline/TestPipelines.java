package dev.dossier.pipeline;

import dev.dossier.nlp.CoreNlpAnalyzer;
import dev.dossier.nlp.CoreNlpConfig;

/**
 * Pipelines with real models, loaded once per test JVM and shared by the integration tests of a module (loading
 * takes about 15 s).
 */
public final class TestPipelines {

    private static volatile Pipeline standard;
    private static volatile CoreNlpAnalyzer coreNlp;

    private TestPipelines() {
    }

    /** The full standard pipeline. */
    public static Pipeline standard() {
        if (standard == null) {
            synchronized (TestPipelines.class) {
                if (standard == null) {
                    standard = StandardPipeline.create();
                }
            }
        }
        return standard;
    }

    /** CoreNLP alone, with coreference. */
    public static CoreNlpAnalyzer coreNlp() {
        if (coreNlp == null) {
            synchronized (TestPipelines.class) {
                if (coreNlp == null) {
                    coreNlp = new CoreNlpAnalyzer(CoreNlpConfig.defaults());
                }
            }
        }
        return coreNlp;
    }
}
