package dev.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dossier.io.InputException;
import dev.dossier.store.Store;
import dev.dossier.store.StoreException;
import dev.dossier.store.query.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier timeline}: the events and quotes of an actor or a dyad, in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Prints the events and quotes of an actor (code or name) or a dyad (USA-RUS) in date order.")
final class TimelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ACTOR|DYAD", description = "An actor code (RUS, RUSGOV), a name, or a dyad USA-RUS.")
    String subject;

    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Most entries, oldest first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        String badLimit = StoreOptions.checkLimit(limit);
        if (badLimit != null) {
            System.err.println("dossier timeline: " + badLimit);
            return 2;
        }
        try (Store s = store.openExisting()) {
            List<TimelineEntry> entries = s.queries().timeline(subject, QueryCommand.date("--from", from),
                    QueryCommand.date("--to", to), limit);
            if (entries.size() == limit) {
                System.err.println("(the first " + limit + " entries; narrow with --from/--to or raise --limit)");
            }
            if (format == OutputFormat.JSON) {
                System.out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries));
                return 0;
            }
            if (entries.isEmpty()) {
                System.out.println("Nothing stored for " + subject + ".");
            }
            for (TimelineEntry e : entries) {
                String what = e.kind().equals("quote") ? "\u201C" + shorten(e.what(), 100) + "\u201D" : e.what();
                System.out.printf("%s  %-5s  %-10s %s  — %s%s%n", e.date(), e.kind(), e.status(), what, e.who(),
                        e.kind().equals("event") ? "  [" + e.mentions() + " mention" + (e.mentions() == 1 ? "" : "s")
                                + "]" : "");
            }
            return 0;
        } catch (StoreException | InputException | com.fasterxml.jackson.core.JsonProcessingException e) {
            System.err.println("dossier timeline: " + e.getMessage());
            return 2;
        }
    }

    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
