package gupcheck.cli;

import gupcheck.cpp.ConfigException;
import gupcheck.cpp.PreprocessorException;
import gupcheck.rules.RuleException;
import gupcheck.source.InputException;
import gupcheck.source.patch.PatchException;
import picocli.CommandLine;

/** One line on stderr and exit code 2 for every user error; a stack trace only with --debug. */
final class Errors {

    static final int USAGE = 2;

    private Errors() {
    }

    static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        }
    }

    static final class ExecutionErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            boolean debug = parsed.hasMatchedOption("--debug")
                    || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            if (e instanceof InputException || e instanceof PreprocessorException || e instanceof ConfigException
                    || e instanceof RuleException || e instanceof PatchException) {
                cmd.getErr().println("gupcheck: " + e.getMessage());
            } else {
                cmd.getErr().println("gupcheck: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            }
            if (debug) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return USAGE;
        }
    }
}
