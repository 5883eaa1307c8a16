/**
 * The {@code dossier} command line: {@code analyze} for one article or a batch, {@code eval} for scores against
 * public gold standards. Commands parse options, read inputs through {@link dev.dossier.io}, run the standard
 * pipeline and print; they hold no analysis logic of their own.
 */
package dev.dossier.cli;
