package dev.dossier.io;

import dev.dossier.model.Article;

/** One record read from an input: an article ready for analysis, or the reason it was rejected. */
public sealed interface ArticleSource {

    /** Names the input record: a file, or a file and line. */
    String input();

    /** An article that passed every check. */
    record Accepted(String input, Article article) implements ArticleSource {
    }

    /** A record that cannot be analysed, and why. */
    record Rejected(String input, String reason) implements ArticleSource {
        public static Rejected of(InputException e) {
            return new Rejected(e.input(), e.problem());
        }
    }
}
