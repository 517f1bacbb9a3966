package gupcheck.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the C files of a target from disk. A directory is a kernel tree: the wanted files are
 * taken from it (whichever exist) and reported relative to it; a file is taken as it is.
 */
public final class FileSystemSource {

    private final List<String> treeFiles;

    /** @param treeFiles paths inside a kernel tree to take, such as {@code mm/gup.c} */
    public FileSystemSource(List<String> treeFiles) {
        this.treeFiles = List.copyOf(treeFiles);
    }

    public List<SourceFile> read(Path input) throws InputException {
        if (Files.isDirectory(input)) {
            return readTree(input);
        }
        if (Files.isRegularFile(input)) {
            return List.of(readFile(input, input.toString()));
        }
        throw new InputException(input + ": no such file or directory");
    }

    private List<SourceFile> readTree(Path tree) throws InputException {
        List<SourceFile> files = new ArrayList<>();
        for (String relative : treeFiles) {
            Path file = tree.resolve(relative);
            if (Files.isRegularFile(file)) {
                files.add(readFile(file, relative));
            }
        }
        if (files.isEmpty()) {
            throw new InputException(tree + ": not a kernel tree (none of " + String.join(", ", treeFiles) + " found)");
        }
        return files;
    }

    private static SourceFile readFile(Path file, String displayPath) throws InputException {
        try {
            long size = Files.size(file);
            if (size > SourceDecoder.MAX_BYTES) {
                throw new InputException(file + ": file too large (" + size + " bytes, limit " + SourceDecoder.MAX_BYTES + ")");
            }
            return new SourceFile(displayPath, null, SourceDecoder.decode(file.toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
