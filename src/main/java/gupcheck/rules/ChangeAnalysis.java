package gupcheck.rules;

import gupcheck.cpp.PreprocessorException;
import gupcheck.source.InputException;
import gupcheck.source.SourceFile;
import gupcheck.source.git.GitRepository;
import gupcheck.source.git.ResolvedRef;
import gupcheck.source.patch.AppliedPatch;
import gupcheck.source.patch.PatchApplier;
import gupcheck.source.patch.PatchException;
import gupcheck.source.patch.PatchMail;
import gupcheck.source.patch.PatchSeries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Judges a change against a base ref: a patch series applied in memory (each patch and the net
 * effect), or a second ref. Nothing in the user's work tree or index is touched. Results come
 * from the content-addressed cache when the same blobs were scanned before.
 */
public final class ChangeAnalysis {

    /** One patch of a series and what it does, judged against the state before it. */
    public record Step(PatchMail patch, ChangeJudgement judgement) { }

    /**
     * The whole change. {@code series} is null when comparing two refs. {@code before}/{@code after}
     * hold the analysed files' texts, for quoting the change.
     */
    public record Report(ResolvedRef base, String head, PatchSeries series, List<Step> steps, ChangeJudgement net,
                         ScanResult baseResult, ScanResult headResult, Map<String, String> before,
                         Map<String, String> after, List<String> skipped, List<String> notes) { }

    private final BranchScanner scanner;
    private final List<String> files;

    public ChangeAnalysis(BranchScanner scanner, List<String> files) {
        this.scanner = scanner;
        this.files = List.copyOf(files);
    }

    public Report judgePatch(GitRepository repository, ResolvedRef base, PatchSeries series)
            throws InputException, IOException, PreprocessorException, PatchException {
        Map<String, String> before = texts(repository, base);
        // the base is judged while the patches apply and their results are scanned: it is
        // usually in the cache, and where it is not the two share every unchanged file's parse
        CompletableFuture<ScanResult> baseScan = inBackground(() -> scan(base.name(), before));
        PatchApplier applier = new PatchApplier(files);
        List<Step> steps = new ArrayList<>();
        List<String> skipped = new ArrayList<>(series.skipped());
        List<String> notes = new ArrayList<>(series.notes());
        Map<String, String> state = before;
        ScanResult stateResult = null;
        try {
            for (PatchMail patch : series.patches()) {
                AppliedPatch applied = applier.apply(state, patch);
                skipped.addAll(applied.skipped());
                notes.addAll(applied.notes());
                ScanResult next = scan(patch.name(), applied.files(), state);
                if (stateResult == null) {
                    stateResult = Futures.join(baseScan);
                }
                steps.add(new Step(patch, withPatchHunks(
                        ChangeJudge.judge(stateResult.findings(), next.findings(), state, applied.files()), List.of(patch))));
                state = applied.files();
                stateResult = next;
            }
        } catch (PatchException | PreprocessorException | RuntimeException | Error e) {
            settle(baseScan);
            throw e;
        }
        ScanResult baseResult = Futures.join(baseScan);
        if (stateResult == null) {
            stateResult = baseResult;
        }
        ChangeJudgement net = withPatchHunks(ChangeJudge.judge(baseResult.findings(), stateResult.findings(), before, state),
                series.patches().size() == 1 ? series.patches() : List.of());
        return new Report(base, series.patches().isEmpty() ? "(empty series)" : series.patches().get(series.patches().size() - 1).name(),
                series, List.copyOf(steps), net, baseResult, stateResult, before, state, List.copyOf(skipped), List.copyOf(notes));
    }

    private interface Scan {
        ScanResult run() throws PreprocessorException;
    }

    private static CompletableFuture<ScanResult> inBackground(Scan scan) {
        CompletableFuture<ScanResult> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(scan.run());
            } catch (PreprocessorException | RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "gupcheck-base");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * Lets the base's scan finish before a failure is reported, so that nothing of this run
     * still writes to the cache once the caller has moved on; its own outcome no longer matters.
     */
    private static void settle(CompletableFuture<ScanResult> scan) {
        try {
            scan.join();
        } catch (RuntimeException ignored) {
            // the failure being reported is the one that counts
        }
    }

    /** Names the anchors' hunks as the patch wrote them ({@code @@ -227,6 +238,8 @@}), where a hunk holds the line. */
    private static ChangeJudgement withPatchHunks(ChangeJudgement judgement, List<PatchMail> patches) {
        if (patches.isEmpty()) {
            return judgement;
        }
        java.util.function.UnaryOperator<List<ChangeJudgement.Judged>> rename = list -> list.stream().map(j -> {
            ChangeJudgement.Anchor a = j.anchor();
            if (a == null) {
                return j;
            }
            for (PatchMail patch : patches) {
                for (gupcheck.source.patch.FilePatch file : patch.files()) {
                    boolean newSide = a.side().equals("new");
                    if (!a.file().equals(newSide ? file.newPath() : file.oldPath())) {
                        continue;
                    }
                    for (gupcheck.source.patch.Hunk hunk : file.hunks()) {
                        int start = newSide ? hunk.newStart() : hunk.oldStart();
                        int count = newSide ? hunk.newCount() : hunk.oldCount();
                        if (a.line() >= start && a.line() < start + Math.max(count, 1)) {
                            return new ChangeJudgement.Judged(j.finding(),
                                    new ChangeJudgement.Anchor(a.file(), a.line(), a.side(), hunk.range()));
                        }
                    }
                }
            }
            return j;
        }).toList();
        return new ChangeJudgement(rename.apply(judgement.introduced()), rename.apply(judgement.fixed()), judgement.unchanged());
    }

    public Report judgeRefs(GitRepository repository, ResolvedRef base, ResolvedRef head)
            throws InputException, IOException, PreprocessorException {
        Map<String, String> before = texts(repository, base);
        Map<String, String> after = texts(repository, head);
        CompletableFuture<ScanResult> baseScan = inBackground(() -> scan(base.name(), before));
        ScanResult headResult;
        try {
            headResult = scan(head.name(), after, before);
        } catch (PreprocessorException | RuntimeException | Error e) {
            settle(baseScan);
            throw e;
        }
        ScanResult baseResult = Futures.join(baseScan);
        ChangeJudgement net = ChangeJudge.judge(baseResult.findings(), headResult.findings(), before, after);
        return new Report(base, head.name(), null, List.of(), net, baseResult, headResult, before, after, List.of(), List.of());
    }

    private Map<String, String> texts(GitRepository repository, ResolvedRef ref) throws InputException, IOException {
        Map<String, ObjectId> blobs = repository.blobs(ref.commit(), files);
        if (blobs.isEmpty()) {
            throw new InputException(ref.name() + ": none of " + String.join(", ", files) + " at this ref");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectId> e : blobs.entrySet()) {
            texts.put(e.getKey(), repository.text(e.getKey(), e.getValue()));
        }
        return texts;
    }

    private ScanResult scan(String name, Map<String, String> texts) throws PreprocessorException {
        return scan(name, texts, Map.of());
    }

    /** {@code previous}: the texts before the change, whose parses the unchanged items reuse. */
    private ScanResult scan(String name, Map<String, String> texts, Map<String, String> previous) throws PreprocessorException {
        return scanner.scanFiles(name, sourcesOf(texts), previous);
    }

    private static List<SourceFile> sourcesOf(Map<String, String> texts) {
        List<SourceFile> sources = new ArrayList<>();
        texts.forEach((path, text) -> sources.add(new SourceFile(path, null, text)));
        return sources;
    }
}
