package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dossier.store.Store;
import dev.dossier.store.StoreException;
import dev.dossier.store.query.StateView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier states}: agreements and plans with the timeline of claims about their standing. */
@Command(name = "states", mixinStandardHelpOptions = true,
        description = {"Prints agreements and plans (summits, understandings, ceasefires...) with every claim about",
                "where they stand, oldest first, with the outlet and speaker of each; contradicting claims are marked."})
final class StatesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SUBJECT", arity = "0..1", description = "Part of a subject's name: Budapest.")
    String subject;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Most agreements and plans (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        String badLimit = StoreOptions.checkLimit(limit);
        if (badLimit != null) {
            System.err.println("dossier states: " + badLimit);
            return 2;
        }
        try (Store s = store.openExisting()) {
            List<StateView> states = s.queries().states(subject, limit);
            if (format == OutputFormat.JSON) {
                System.out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(states));
                return 0;
            }
            if (states.isEmpty()) {
                System.out.println("No agreements or plans stored" + (subject == null ? "." : " matching " + subject + "."));
            }
            for (StateView v : states) {
                System.out.printf("%s (%s): %s%n", v.subject(), v.kind(), v.current());
                for (StateView.Claim c : v.claims()) {
                    System.out.printf("  %-10s %-10s %s%s  \u201C%s\u201D%s%n", c.asOfText(), c.standing(),
                            c.outlet() == null ? "unknown outlet" : c.outlet(),
                            c.speaker() == null ? "" : " (" + c.speaker() + ")", c.cue(),
                            c.contradicts() ? "  [contradicted by another source]" : "");
                }
            }
            return 0;
        } catch (StoreException | com.fasterxml.jackson.core.JsonProcessingException e) {
            System.err.println("dossier states: " + e.getMessage());
            return 2;
        }
    }
}
