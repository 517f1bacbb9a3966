package gupcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/** Reports are written whole or not at all: built in memory, printed to stdout once complete. */
final class ReportOutput {

    private ReportOutput() {
    }

    static void emit(CommandSpec spec, Consumer<PrintWriter> report) {
        StringWriter text = new StringWriter();
        PrintWriter buffer = new PrintWriter(text);
        report.accept(buffer);
        buffer.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
