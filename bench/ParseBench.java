import gupcheck.cpp.Configuration;
import gupcheck.parse.CFileParser;
import gupcheck.parse.ParsedFile;
import gupcheck.source.SourceDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm parse timing: parses the given files repeatedly in one JVM and reports the median
 * time per round after warm-up, per file and together, and lines per second.
 * Run: java -cp target/gupcheck.jar bench/ParseBench.java [--rounds N] FILE...
 */
public class ParseBench {
    public static void main(String[] args) throws Exception {
        int rounds = 30;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        List<String> texts = new ArrayList<>();
        long lines = 0;
        for (Path f : files) {
            String text = SourceDecoder.decode(f.toString(), Files.readAllBytes(f));
            texts.add(text);
            lines += text.lines().count();
        }
        CFileParser parser = new CFileParser(Configuration.allEnabled());
        long[][] perFile = new long[files.size()][rounds];
        long[] total = new long[rounds];
        int warmup = Math.max(5, rounds / 2);
        for (int r = -warmup; r < rounds; r++) {
            long roundStart = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                long start = System.nanoTime();
                ParsedFile parsed = parser.parse(files.get(i).toString(), texts.get(i));
                if (r >= 0) {
                    perFile[i][r] = System.nanoTime() - start;
                }
                if (!parsed.unparsed().isEmpty() && r == 0) {
                    System.out.println("unparsed in " + files.get(i) + ": " + parsed.unparsed());
                }
            }
            if (r >= 0) {
                total[r] = System.nanoTime() - roundStart;
            }
        }
        if (files.size() <= 10) {
            for (int i = 0; i < files.size(); i++) {
                System.out.printf("%-50s %8.1f ms (median of %d warm rounds)%n", files.get(i), median(perFile[i]) / 1e6, rounds);
            }
        }
        double totalMs = median(total) / 1e6;
        System.out.printf("all %d files, %d lines: %.1f ms per round (median), %.0f lines/s%n",
                files.size(), lines, totalMs, lines / (totalMs / 1000));
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
