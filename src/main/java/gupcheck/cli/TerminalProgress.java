package gupcheck.cli;

import gupcheck.rules.BranchScanner;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr, only when a person is watching a terminal; stdout stays the report. */
final class TerminalProgress implements BranchScanner.Progress {

    private final String task;
    private ProgressBar bar;

    private TerminalProgress(String task) {
        this.task = task;
    }

    static BranchScanner.Progress forTerminal(String task) {
        return stderrIsTerminal() ? new TerminalProgress(task) : BranchScanner.Progress.NONE;
    }

    /**
     * Whether stderr is a terminal, even when stdout is redirected to a report file (the usual
     * case): System.console() only answers for stdin and stdout, so ask Linux where fd 2 goes.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void start(long steps) {
        if (steps > 0) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setConsumer(
                    new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200).build();
        }
    }

    @Override
    public synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
