package gupcheck.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Universal ctags as an independent list of function definitions. */
public final class Ctags {

    public record Tag(String name, String file, int line) { }

    private Ctags() {
    }

    public static boolean available() {
        try {
            Process p = new ProcessBuilder("ctags", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.contains("Universal Ctags");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Function definitions ctags finds in the files, with file names as given. */
    public static Optional<List<Tag>> functions(Path directory, List<String> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ctags", "-x", "--kinds-C=f", "--language-force=C",
                "--_xformat=%N\t%n\t%F"));
        command.addAll(files);
        Process p = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Tag> tags = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] parts = line.split("\t");
                if (parts.length == 3) {
                    tags.add(new Tag(parts[0], parts[2], Integer.parseInt(parts[1])));
                }
            }
        }
        return p.waitFor() == 0 ? Optional.of(tags) : Optional.empty();
    }
}
