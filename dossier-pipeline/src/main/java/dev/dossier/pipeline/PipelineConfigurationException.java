package dev.dossier.pipeline;

/** A pipeline was assembled with an annotator whose required layers no earlier annotator produces. */
public final class PipelineConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PipelineConfigurationException(String message) {
        super(message);
    }
}
