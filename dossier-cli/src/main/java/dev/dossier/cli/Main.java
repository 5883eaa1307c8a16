package dev.dossier.cli;

import dev.dossier.pipeline.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dossier} command. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a dated, sourced record: entities, actors, dates, quotes and events.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, IngestCommand.class, QueryCommand.class,
                TimelineCommand.class, StatesCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, for tests. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Reports Dossier's version and the CoreNLP it runs. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dossier " + Versions.dossier() + " (Stanford CoreNLP " + Versions.coreNlp() + ")"};
        }
    }
}
