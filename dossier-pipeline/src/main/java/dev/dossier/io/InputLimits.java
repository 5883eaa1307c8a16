package dev.dossier.io;

/**
 * Limits on what is accepted as one article.
 *
 * @param maxBytes largest article accepted, in bytes; default 5 MB (a long news article is under 100 kB)
 * @param checkLanguage reject text that does not look like English; default true
 */
public record InputLimits(long maxBytes, boolean checkLanguage) {

    public static InputLimits defaults() {
        return new InputLimits(5L * 1024 * 1024, true);
    }
}
