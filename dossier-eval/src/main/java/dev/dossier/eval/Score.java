package dev.dossier.eval;

import java.util.Locale;

/**
 * Counts for one measured quantity. Precision and recall are counted on their own sides, since one extracted item
 * may match several gold items and "acceptable" gold items count for precision but not for recall.
 *
 * @param matched   extracted items that match a gold item
 * @param extracted all extracted items
 * @param found     gold items matched by some extracted item
 * @param gold      gold items that must be found
 */
public record Score(int matched, int extracted, int found, int gold) {

    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score {
        if (matched < 0 || matched > extracted || found < 0 || found > gold) {
            throw new IllegalArgumentException("Inconsistent counts: matched " + matched + " of " + extracted
                    + " extracted, found " + found + " of " + gold + " gold");
        }
    }

    /** From one-to-one counts: true positives, false positives, false negatives. */
    public static Score ofCounts(int tp, int fp, int fn) {
        return new Score(tp, tp + fp, tp, tp + fn);
    }

    public Score plus(Score o) {
        return new Score(matched + o.matched, extracted + o.extracted, found + o.found, gold + o.gold);
    }

    public double precision() {
        return extracted == 0 ? 1.0 : (double) matched / extracted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Extracted items that match nothing. */
    public int spurious() {
        return extracted - matched;
    }

    /** Gold items not found. */
    public int missed() {
        return gold - found;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d/%d extracted match, %d/%d gold found)",
                precision(), recall(), f1(), matched, extracted, found, gold);
    }
}
