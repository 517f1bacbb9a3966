package gupcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gupcheck",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Static analyzer for Linux kernel C: forced FOLL_WRITE reaching file-backed or hugetlb "
                + "page lookups in get_user_pages.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ran, nothing at error level", "1:findings (for parse: unparsed functions)",
                "2:usage or input error"})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StartupWarmup.start(args);
        System.exit(run(args, new PrintWriter(System.out), new PrintWriter(System.err)));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        addSubcommands(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new Errors.UsageErrorHandler());
        cli.setExecutionExceptionHandler(new Errors.ExecutionErrorHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Commands that run another command of the same command line (demo runs branches). */
    private static final Map<String, List<String>> RUNS_TOO = Map.of("demo", List.of("branches"));

    /** In the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("scan", ScanCommand::new);
        commands.put("branches", BranchesCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("lint", LintCommand::new);
        commands.put("parse", ParseCommand::new);
        commands.put("callgraph", CallgraphCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("demo", DemoCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /**
     * picocli reads every registered command's annotations up front, a quarter of a second on a
     * cold JVM for all of them: a command line that names its command gets only that one; help,
     * errors and anything else get them all.
     */
    private static void addSubcommands(CommandLine cli, String[] args) {
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        if (named != null && !named.equals("help") && COMMANDS.containsKey(named)) {
            cli.addSubcommand(named, COMMANDS.get(named).get());
            for (String other : RUNS_TOO.getOrDefault(named, List.of())) {
                cli.addSubcommand(other, COMMANDS.get(other).get());
            }
            return;
        }
        COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (scan, branches, diff, lint, parse, callgraph, rules, demo)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        static String number() {
            try (InputStream in = Main.class.getResourceAsStream("/gupcheck/version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "dev");
            } catch (IOException e) {
                return "dev";
            }
        }

        @Override
        public String[] getVersion() {
            return new String[] {"gupcheck " + number()};
        }
    }
}
