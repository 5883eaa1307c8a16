package dev.dossier.time;

import dev.dossier.time.TimeLexicon.Category;

import java.util.Optional;

/** Reads the count in an expression: "three", "3", "a", "twenty four". */
final class Numbers {

    private Numbers() {
    }

    /** The count the expression's number words or digits add up to, if it has any. */
    static Optional<Integer> count(TemporalContext c) {
        int total = 0;
        boolean any = false;
        for (String w : c.words()) {
            Optional<Integer> word = c.lexicon().number(w, Category.NUMBER);
            if (word.isPresent()) {
                total = word.get() == 100 && total > 0 ? total * 100 : total + word.get();
                any = true;
            } else if (w.matches("\\d{1,3}")) {
                total += Integer.parseInt(w);
                any = true;
            }
        }
        return any ? Optional.of(total) : Optional.empty();
    }
}
