package dev.dossier.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What produced an analysis: Dossier's version, each component with its configuration and the models it loaded,
 * and a hash over all of it, so any fact in an output can be traced to the run that made it.
 *
 * @param dossierVersion version of Dossier
 * @param components     the annotators in pipeline order
 * @param configHash     SHA-256 (hex, first 16 characters) of the components' names, versions and configurations
 */
public record Provenance(String dossierVersion, List<Component> components, String configHash) {

    /**
     * One annotator of the run.
     *
     * @param name    annotator name
     * @param version version of the annotator or its library
     * @param config  its configuration as key/value pairs
     */
    public record Component(String name, String version, Map<String, String> config) {
        public Component {
            Objects.requireNonNull(name, "component name");
            config = Map.copyOf(config);
        }
    }

    public Provenance {
        components = List.copyOf(components);
    }
}
