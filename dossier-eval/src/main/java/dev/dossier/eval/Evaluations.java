package dev.dossier.eval;

import java.util.List;
import java.util.Optional;

/** The evaluations {@code dossier eval} knows, each with the shared-data path it reads by default. */
public final class Evaluations {

    /**
     * An evaluation and where its gold data lies under the shared data directory.
     *
     * @param evaluation  the evaluation
     * @param defaultGold path relative to the shared data root
     * @param summary     one line for the command's help
     */
    public record Entry(Evaluation evaluation, String defaultGold, String summary) {

        /** True when the evaluation reads a corpus and takes several files or directories as one. */
        public boolean corpus() {
            return evaluation instanceof EventDensityEvaluation;
        }
    }

    private Evaluations() {
    }

    public static List<Entry> all() {
        return List.of(
                new Entry(new ExpectedAnalysisEvaluation(), "examples",
                        "Dossier expected analyses (expected.json beside article.txt): entities, actors, quotes, times,"
                                + " events"),
                new Entry(new ActorResolutionEvaluation(), "gold/events/ngec_actor_resolution_gold.tsv",
                        "NGEC actor resolution (actor phrase to country and role codes)"),
                new Entry(new TimeMlEvaluation(), "gold/time/TBAQ-cleaned",
                        "TimeML (TimeBank, AQUAINT): temporal expressions found and their values"),
                new Entry(new PolnearEvaluation(), "gold/quotes/polnear/data/dev",
                        "PolNeAR attribution (brat standoff): source, cue and content spans, exact and overlap"),
                new Entry(new PetrarchEvaluation(), "gold/events",
                        "PETRARCH sentence records (petr*.jsonl): (source, target, CAMEO root) triples and exact codes"),
                new Entry(new QuadClassEvaluation(), "gold/events/conflibert_cameo_class_train.tsv",
                        "ConfliBERT event-kind labels (sentence, label 0-4): coverage, QuadClass, 5 classes and"
                                + " cooperation/conflict of the coded event"),
                new Entry(new EventDensityEvaluation(), "gold/quotes/polnear/data/dev/text",
                        "events per 1,000 words on real articles (every .txt under each GOLD given; no gold needed)"),
                new Entry(new GeoEvaluation(), "gold/geo/GeoVirus.xml",
                        "GeoVirus place names (news with gold coordinates): share found, accuracy at 161 km, mean error")
        );
    }

    public static Optional<Entry> byName(String name) {
        return all().stream().filter(e -> e.evaluation().name().equals(name)).findFirst();
    }
}
