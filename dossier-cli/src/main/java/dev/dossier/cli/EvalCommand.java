package dev.dossier.cli;

import dev.dossier.eval.Evaluations;
import dev.dossier.eval.Ratchet;
import dev.dossier.eval.ScoreTable;
import dev.dossier.eval.SharedData;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dossier eval}: precision, recall and F1 per layer against public gold standards. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Dossier against gold standards and prints precision/recall/F1 per layer.",
                "FORMAT is one of the evaluations listed below; GOLD defaults to its place under the shared data",
                "(--shared, the DOSSIER_SHARED variable, or ../shared)."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORMAT", description = "Which evaluation to run.")
    String format;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "GOLD",
            description = "Gold file or directory (several for a corpus evaluation such as density).")
    List<Path> gold;

    @Option(names = "--shared", paramLabel = "DIR", description = "Root of the shared evaluation data.")
    Path shared;

    @Option(names = "--ratchet", paramLabel = "FILE", description = "Fail (exit 1) when a figure falls below a floor in FILE.")
    Path ratchet;

    static String listing() {
        return Evaluations.all().stream().map(e -> String.format("  %-10s %s (default: <shared>/%s)",
                e.evaluation().name(), e.summary(), e.defaultGold())).collect(Collectors.joining("%n"));
    }

    @Override
    public Integer call() {
        var entry = Evaluations.byName(format).orElse(null);
        if (entry == null) {
            System.err.printf("dossier eval: no evaluation '%s'. Known:%n" + listing() + "%n", format);
            return 2;
        }
        List<Path> targets = gold;
        if (targets == null || targets.isEmpty()) {
            Path root = shared != null ? shared : SharedData.root().orElse(null);
            if (root == null) {
                System.err.println("dossier eval: no GOLD given and no shared data found (use --shared DIR)");
                return 2;
            }
            targets = List.of(root.resolve(entry.defaultGold()));
        }
        for (Path target : targets) {
            if (!Files.exists(target)) {
                System.err.println("dossier eval: " + target + ": no such file or directory");
                return 2;
            }
        }
        if (targets.size() > 1 && !entry.corpus()) {
            System.err.println("dossier eval " + format + ": takes one GOLD, not " + targets.size());
            return 2;
        }
        System.err.println("Loading models (about 15 s)...");
        Pipeline pipeline = StandardPipeline.create();
        ScoreTable table = entry.evaluation().run(pipeline, targets);
        System.out.print(table.render());
        if (ratchet != null) {
            List<String> violations = Ratchet.load(ratchet).violations(table);
            violations.forEach(v -> System.err.println("RATCHET: " + v));
            return violations.isEmpty() ? 0 : 1;
        }
        return 0;
    }
}
