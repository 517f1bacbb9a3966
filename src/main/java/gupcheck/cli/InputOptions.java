package gupcheck.cli;

import gupcheck.source.FileSystemSource;
import gupcheck.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** PATH... and --files, shared by the commands that read a tree or files from disk. */
final class InputOptions {

    @Option(names = "--files", split = ",", paramLabel = "a,b,c",
            description = "Files to take from a kernel tree (default: those the rules name).")
    List<String> files;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A kernel tree or C files.")
    List<Path> paths;

    /**
     * The files of every PATH; a tree contributes {@code --files}, or the defaults, which are
     * asked for only when a tree is given (finding them may mean loading the rules).
     */
    List<SourceFile> read(Callable<List<String>> defaults) throws Exception {
        FileSystemSource source = null;
        List<SourceFile> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (source == null && Files.isDirectory(path)) {
                source = new FileSystemSource(files != null ? files : defaults.call());
            }
            inputs.addAll((source != null ? source : new FileSystemSource(List.of())).read(path));
        }
        return inputs;
    }

    String describe() {
        return paths.stream().map(Path::toString).collect(Collectors.joining(" "));
    }
}
