package gupcheck.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What diff and lint share: the repository, the base, and the change (a ref or a patch). */
final class ChangeOptions {

    @Option(names = "--repo", required = true, paramLabel = "GITDIR", description = "A clone, a bare repository or a worktree.")
    Path repo;

    @Option(names = "--base", required = true, paramLabel = "REF", description = "The ref the change applies to.")
    String base;

    static final class Change {
        @Option(names = "--head", paramLabel = "REF", description = "Compare --base with this ref.")
        String head;

        @Option(names = "--patch", paramLabel = "FILE|-",
                description = "A unified diff, git format-patch output, an email or an mbox series; '-' reads stdin.")
        String patch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    @Option(names = "--files", split = ",", paramLabel = "a,b,c", description = "Files to analyse (default: those the rules name).")
    List<String> files;

    @picocli.CommandLine.Mixin
    CacheOptions cache;
}
