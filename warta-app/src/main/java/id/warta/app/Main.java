package id.warta.app;

import id.warta.WartaException;
import id.warta.app.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code warta} command. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns raw news into facts: clean articles, their language, entities, numbers, dates, quotes "
                + "and events.",
        subcommands = {AnalyzeCommand.class, EventsCommand.class, ExtractCommand.class, IngestCommand.class,
                SearchCommand.class, ExportCommand.class, ErrorsCommand.class, EvalCommand.class, BenchCommand.class,
                TrainCommand.class, BuildCommand.class, ServeCommand.class, SparkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code when some inputs failed; they are in the output as error records. */
    static final int SOME_FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (testable without exiting the JVM). */
    static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** Exit code of a usage error, and of a store that cannot be used as asked. */
    static final int USAGE = 2;

    /** Runs a command line whose commands {@code factory} makes (tests give a command its own stages). */
    static int run(CommandLine.IFactory factory, String... args) {
        return new CommandLine(new Main(), factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::refused)
                .execute(args);
    }

    /**
     * A store that refuses (locked, not a store, a bad query, read-only) or an I/O failure (a full disk) is the
     * user's to fix: one line saying what, no stack trace. Anything else is a bug and shows its trace.
     */
    private static int refused(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof WartaException)) {
            throw e;
        }
        System.err.println("warta " + command.getCommandName() + ": " + e.getMessage());
        return USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"warta " + (v == null ? "development build" : v)};
        }
    }
}
