package gupcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gupcheck",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Static analyzer for Linux kernel C: forced FOLL_WRITE reaching file-backed or hugetlb "
                + "page lookups in get_user_pages.",
        subcommands = {ScanCommand.class, BranchesCommand.class, DiffCommand.class, LintCommand.class, ParseCommand.class, CallgraphCommand.class, RulesCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
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
        System.exit(run(args, new PrintWriter(System.out), new PrintWriter(System.err)));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new Errors.UsageErrorHandler());
        cli.setExecutionExceptionHandler(new Errors.ExecutionErrorHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
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
