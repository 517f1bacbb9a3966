package gupcheck.cli;

import gupcheck.source.git.DemoRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a small git repository from the bundled hand-written example (the 2020 backport, the "
                + "three fixes proposed for 5.4.y, the upstream removal) and run 'branches' over it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the demo ran (the matrix shows AFFECTED refs: that is the story)", "2:usage or input error"})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--keep", paramLabel = "DIR", description = "Build the repository in DIR (must not exist) and keep it.")
    Path keep;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    BranchesCommand.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path directory;
        if (keep != null) {
            if (Files.exists(keep)) {
                throw new gupcheck.source.InputException(keep + ": already exists; --keep wants a new directory");
            }
            directory = keep;
        } else {
            directory = Files.createTempDirectory("gupcheck-demo-");
        }
        try {
            DemoRepository.build(directory);
            List<String> args = new ArrayList<>(List.of("branches", "--repo", directory.toString(), "--no-cache",
                    "--format", format.name()));
            for (DemoRepository.Step step : DemoRepository.story()) {
                args.add("--ref");
                args.add(step.tag());
            }
            CommandLine branches = spec.commandLine().getParent().getSubcommands().get("branches");
            int code = branches.execute(args.subList(1, args.size()).toArray(String[]::new));
            return code == 1 ? 0 : code;
        } finally {
            if (keep == null) {
                deleteTree(directory);
            }
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
