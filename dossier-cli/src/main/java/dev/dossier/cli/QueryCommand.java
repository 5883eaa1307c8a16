package dev.dossier.cli;

import dev.dossier.io.InputException;
import dev.dossier.io.TextChecks;
import dev.dossier.store.Store;
import dev.dossier.store.StoreException;
import dev.dossier.store.query.Query;
import dev.dossier.store.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code dossier query}: searches the knowledge base. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Searches the knowledge base for events (default), quotes (with --speaker), articles (with only",
                "--text) or entities. Constraints combine: all must hold."})
final class QueryCommand implements Callable<Integer> {

    /** What to list. */
    enum Kind { events, quotes, articles, entities }

    @Mixin
    StoreOptions store;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Actor code prefix (RUS, USAGOV) or a name.")
    String actor;

    @Option(names = "--dyad", paramLabel = "A-B", description = "Two actor codes, either direction: USA-RUS.")
    String dyad;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or root: 04, 042.")
    String cameo;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    String to;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Who is quoted (lists quotes).")
    String speaker;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words the article contains (full-text index).")
    String text;

    @Option(names = "--kind", paramLabel = "KIND", description = "events, quotes, articles or entities.")
    Kind kind;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table) or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Most rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        String badLimit = StoreOptions.checkLimit(limit);
        if (badLimit != null) {
            System.err.println("dossier query: " + badLimit);
            return 2;
        }
        Query q;
        try {
            q = new Query(actor, dyad, cameo, date("--from", from), date("--to", to), speaker, text, limit);
        } catch (IllegalArgumentException | InputException e) {
            System.err.println("dossier query: " + e.getMessage());
            return 2;
        }
        Kind k = kind != null ? kind : speaker != null ? Kind.quotes
                : text != null && actor == null && dyad == null && cameo == null ? Kind.articles : Kind.events;
        try (Store s = store.openExisting()) {
            var queries = s.queries();
            Table t = switch (k) {
                case events -> queries.events(q);
                case quotes -> queries.quotes(q);
                case articles -> queries.articles(q);
                case entities -> queries.entities(q);
            };
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            if (format == OutputFormat.JSON) {
                TableText.printJson(t, out);
            } else {
                TableText.print(t, out);
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("dossier query: " + e.getMessage());
            return 2;
        }
    }

    static LocalDate date(String option, String value) {
        return value == null ? null : TextChecks.parseDate(option, "the date", value);
    }
}
