package gupcheck.rules;

import gupcheck.cpp.Configuration;
import gupcheck.cpp.PreprocessorException;
import gupcheck.graph.CallGraph;
import gupcheck.model.FunctionModel;
import gupcheck.model.ProgramModel;
import gupcheck.parse.CFileParser;
import gupcheck.parse.ParsedFile;
import gupcheck.source.InputException;
import gupcheck.source.SourceFile;
import gupcheck.source.git.GitRepository;
import gupcheck.source.git.ResolvedRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Scans many refs of one repository at the cost of their distinct file versions: a target is
 * the tuple of blob ids of its files; each distinct blob is parsed once, each distinct tuple is
 * analysed once, and results are kept on disk by tuple (see {@link ResultCache}).
 */
public final class BranchScanner {

    /** Progress of the slow part (parsing and analysing what the cache did not have). */
    public interface Progress {
        void start(long steps);

        void step();

        void finish();

        Progress NONE = new Progress() {
            @Override
            public void start(long steps) { }

            @Override
            public void step() { }

            @Override
            public void finish() { }
        };
    }

    /** One ref: its commit, the blob of each file found, and the result (null when no file was found). */
    public record Row(String ref, String commit, Map<String, String> blobs, ScanResult result, String problem) {
        public String verdict() {
            return result == null ? "NO-FILES" : result.verdict();
        }
    }

    /**
     * {@code parsed}: blobs parsed in this run; {@code parseCacheHits}: blobs whose parse came from
     * the cache; {@code cacheHits}: targets whose whole result came from the cache.
     */
    public record Stats(int refs, int distinctTargets, int distinctBlobs, int parsed, int parseCacheHits, int cacheHits,
                        long millis) { }

    public record Result(List<Row> rows, Stats stats) { }

    private final RuleEngine engine;
    private final Configuration configuration;
    private final int jobs;
    private final ResultCache cache;
    private final java.util.concurrent.atomic.AtomicInteger parsedCount = new java.util.concurrent.atomic.AtomicInteger();
    /** Parses of this run by path and blob: a blob asked for by two targets is parsed or read once. */
    private final Map<String, CompletableFuture<FileModel>> parses = new ConcurrentHashMap<>();

    public BranchScanner(RuleSet rules, Configuration configuration, int jobs, ResultCache cacheOrNull) {
        this.engine = new RuleEngine(rules);
        this.configuration = configuration;
        this.jobs = Math.max(1, jobs);
        this.cache = cacheOrNull;
    }

    public Result scan(GitRepository repository, List<ResolvedRef> refs, List<String> files, Progress progress)
            throws InputException, IOException, PreprocessorException {
        long started = System.nanoTime();
        Map<String, Map<String, ObjectId>> targets = new LinkedHashMap<>();
        Map<String, String> firstRefOf = new LinkedHashMap<>();
        List<String> targetOfRow = new ArrayList<>();
        List<Map<String, ObjectId>> blobsOfRow = new ArrayList<>();
        try (GitRepository.BlobLookup lookup = repository.blobLookup()) {
            for (ResolvedRef ref : refs) {
                Map<String, ObjectId> blobs = lookup.blobs(ref.commit(), files);
                String key = blobs.isEmpty() ? null : targetKey(blobs);
                if (key != null) {
                    targets.putIfAbsent(key, blobs);
                    firstRefOf.putIfAbsent(key, ref.name());
                }
                targetOfRow.add(key);
                blobsOfRow.add(blobs);
            }
        }

        Map<String, ScanResult> results = new ConcurrentHashMap<>();
        Map<String, Map<String, ObjectId>> pending = new LinkedHashMap<>();
        int cacheHits = 0;
        for (Map.Entry<String, Map<String, ObjectId>> target : targets.entrySet()) {
            var cached = cache == null ? java.util.Optional.<ScanResult>empty() : cache.get(cache.keyOf(target.getKey()));
            if (cached.isPresent()) {
                results.put(target.getKey(), cached.get());
                cacheHits++;
            } else {
                pending.put(target.getKey(), target.getValue());
            }
        }

        Map<String, BlobRef> blobsToParse = new LinkedHashMap<>();
        pending.values().forEach(blobs -> blobs.forEach((path, blob) ->
                blobsToParse.putIfAbsent(path + "@" + blob.name(), new BlobRef(path, blob))));
        long distinctBlobs = targets.values().stream().flatMap(b -> b.entrySet().stream())
                .map(e -> e.getKey() + "@" + e.getValue().name()).distinct().count();

        parsedCount.set(0);
        progress.start(blobsToParse.size() + pending.size());
        try {
            Map<String, Parsed> parsed = parseAll(repository, blobsToParse, progress);
            analyseAll(repository, pending, parsed, firstRefOf, results, progress);
        } finally {
            progress.finish();
        }

        List<Row> rows = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            ResolvedRef ref = refs.get(i);
            String key = targetOfRow.get(i);
            Map<String, String> blobNames = new LinkedHashMap<>();
            blobsOfRow.get(i).forEach((path, blob) -> blobNames.put(path, blob.name()));
            rows.add(new Row(ref.name(), ref.commit().name(), blobNames, key == null ? null : results.get(key),
                    key == null ? "none of " + String.join(", ", files) + " at this ref" : null));
        }
        Stats stats = new Stats(refs.size(), targets.size(), (int) distinctBlobs, parsedCount.get(),
                blobsToParse.size() - parsedCount.get(), cacheHits, (System.nanoTime() - started) / 1_000_000);
        return new Result(List.copyOf(rows), stats);
    }

    /**
     * One target given as files (a patch applied in memory, say), cached like a ref's: by the git
     * blob ids of the texts, computed here when the files do not carry them.
     */
    public ScanResult scanFiles(String name, List<SourceFile> files) throws PreprocessorException {
        return scanFiles(name, files, Map.of());
    }

    /**
     * As {@link #scanFiles(String, List)}, for a new version of files whose previous texts are
     * known: a changed file's unchanged top-level items reuse the previous version's parse.
     */
    public ScanResult scanFiles(String name, List<SourceFile> files, Map<String, String> previousTexts)
            throws PreprocessorException {
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        List<SourceFile> sources = new ArrayList<>();
        for (SourceFile f : files) {
            ObjectId id = f.blobId() != null ? ObjectId.fromString(f.blobId()) : blobIdOf(f.text());
            blobs.put(f.path(), id);
            sources.add(new SourceFile(f.path(), id.name(), f.text()));
        }
        String key = targetKey(blobs);
        if (cache != null) {
            var cached = cache.get(cache.keyOf(key));
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        long started = System.nanoTime();
        // cached parses are read while the changed files are parsed: both cost a cold JVM most
        ThreadLocal<CFileParser> parsers = ThreadLocal.withInitial(() -> new CFileParser(configuration));
        FileModel[] models = new FileModel[sources.size()];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            int index = i;
            SourceFile source = sources.get(i);
            tasks.add(() -> {
                models[index] = parseOrReuse(parsers.get(), source.path(), source.blobId(), source.text(),
                        previousTexts.get(source.path()));
                return null;
            });
        }
        try {
            runAll(tasks);
        } catch (InputException | IOException e) {
            throw new IllegalStateException(e);
        }
        List<ParsedFile> parsed = new ArrayList<>();
        Map<ParsedFile, List<FunctionModel>> functions = new IdentityHashMap<>();
        for (FileModel model : models) {
            parsed.add(model.file());
            functions.put(model.file(), model.functions());
        }
        ProgramModel program = ProgramModel.build(parsed, functions::get);
        TargetAnalysis analysis = new TargetAnalysis(name, sources, program, CallGraph.build(program));
        int unparsed = parsed.stream().mapToInt(f -> f.unparsedFunctions().size()).sum();
        ScanResult result = new ScanResult(key, engine.findings(analysis), engine.facts(analysis),
                new ScanResult.Stats(parsed.size(), program.functions().size(), unparsed, (System.nanoTime() - started) / 1_000_000));
        if (cache != null) {
            cache.put(cache.keyOf(key), result);
        }
        return result;
    }

    /** A blob's parse and the models of its functions, which depend on that file alone. */
    private record FileModel(ParsedFile file, List<FunctionModel> functions) { }

    private FileModel parseOrReuse(CFileParser parser, String path, String blobId, String text) throws PreprocessorException {
        return parseOrReuse(parser, path, blobId, text, null);
    }

    /**
     * A blob's parse and function models: from this run if another target already asked for it
     * (even while it is still being parsed), else from the cache, else parsed here, reusing the
     * unchanged items of the previous version's parse when that is at hand. The models are built
     * here too, so that they are built on the worker threads while other files still parse.
     */
    private FileModel parseOrReuse(CFileParser parser, String path, String blobId, String text, String previousText)
            throws PreprocessorException {
        String key = path + "@" + blobId;
        CompletableFuture<FileModel> mine = new CompletableFuture<>();
        CompletableFuture<FileModel> running = parses.putIfAbsent(key, mine);
        if (running != null) {
            return Futures.join(running);
        }
        try {
            ParsedFile file = loadOrParse(parser, path, blobId, text, previousText);
            FileModel model = new FileModel(file, ProgramModel.functionsOf(file));
            mine.complete(model);
            return model;
        } catch (PreprocessorException | RuntimeException | Error e) {
            parses.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private ParsedFile loadOrParse(CFileParser parser, String path, String blobId, String text, String previousText)
            throws PreprocessorException {
        if (cache != null) {
            var cached = cache.getParsed(path, blobId);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        ParsedFile previous = null;
        if (previousText != null && !previousText.equals(text)) {
            String previousBlob = blobIdOf(previousText).name();
            CompletableFuture<FileModel> inRun = parses.get(path + "@" + previousBlob);
            if (inRun != null) {
                previous = Futures.join(inRun).file();
            } else if (cache != null) {
                previous = cache.getParsed(path, previousBlob).orElse(null);
            }
        }
        ParsedFile file = parser.parse(path, text, previous);
        parsedCount.incrementAndGet();
        if (cache != null) {
            cache.putParsed(path, blobId, file);
        }
        return file;
    }


    /** Blobs this scanner parsed (rather than read from the cache or from this run) since its last {@code scan}. */
    public int blobsParsed() {
        return parsedCount.get();
    }

    /** The id git gives a blob with this content. */
    public static ObjectId blobIdOf(String text) {
        return new org.eclipse.jgit.lib.ObjectInserter.Formatter().idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB,
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private record BlobRef(String path, ObjectId blob) { }

    private record Parsed(SourceFile source, ParsedFile file, List<FunctionModel> functions) { }

    private Map<String, Parsed> parseAll(GitRepository repository, Map<String, BlobRef> blobs, Progress progress)
            throws InputException, IOException, PreprocessorException {
        ThreadLocal<CFileParser> parsers = ThreadLocal.withInitial(() -> new CFileParser(configuration));
        Map<String, Parsed> parsed = new ConcurrentHashMap<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Map.Entry<String, BlobRef> e : blobs.entrySet()) {
            tasks.add(() -> {
                BlobRef ref = e.getValue();
                String text = repository.text(ref.path(), ref.blob());
                FileModel model = parseOrReuse(parsers.get(), ref.path(), ref.blob().name(), text);
                parsed.put(e.getKey(), new Parsed(new SourceFile(ref.path(), ref.blob().name(), text), model.file(),
                        model.functions()));
                progress.step();
                return null;
            });
        }
        runAll(tasks);
        return parsed;
    }

    private void analyseAll(GitRepository repository, Map<String, Map<String, ObjectId>> pending, Map<String, Parsed> parsed,
                            Map<String, String> firstRefOf, Map<String, ScanResult> results, Progress progress)
            throws InputException, IOException, PreprocessorException {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Map.Entry<String, Map<String, ObjectId>> target : pending.entrySet()) {
            tasks.add(() -> {
                long started = System.nanoTime();
                List<SourceFile> sources = new ArrayList<>();
                List<ParsedFile> files = new ArrayList<>();
                Map<ParsedFile, List<FunctionModel>> functions = new IdentityHashMap<>();
                target.getValue().forEach((path, blob) -> {
                    Parsed p = parsed.get(path + "@" + blob.name());
                    sources.add(p.source());
                    files.add(p.file());
                    functions.put(p.file(), p.functions());
                });
                ProgramModel program = ProgramModel.build(files, functions::get);
                TargetAnalysis analysis = new TargetAnalysis(firstRefOf.get(target.getKey()), sources, program,
                        CallGraph.build(program));
                int unparsed = files.stream().mapToInt(f -> f.unparsedFunctions().size()).sum();
                ScanResult result = new ScanResult(target.getKey(), engine.findings(analysis), engine.facts(analysis),
                        new ScanResult.Stats(files.size(), program.functions().size(), unparsed,
                                (System.nanoTime() - started) / 1_000_000));
                results.put(target.getKey(), result);
                if (cache != null) {
                    cache.put(cache.keyOf(target.getKey()), result);
                }
                progress.step();
                return null;
            });
        }
        runAll(tasks);
    }

    private void runAll(List<Callable<Void>> tasks) throws InputException, IOException, PreprocessorException {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, tasks.size()), runnable -> {
            Thread t = new Thread(runnable, "gupcheck-branches");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<Void> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof InputException ie) {
                        throw ie;
                    }
                    if (cause instanceof PreprocessorException pe) {
                        throw pe;
                    }
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The identity of a target: its files and their blob ids, in the order the rules name the files. */
    static String targetKey(Map<String, ObjectId> blobs) {
        StringBuilder key = new StringBuilder();
        blobs.forEach((path, blob) -> key.append(path).append('=').append(blob.name()).append('\n'));
        return key.toString();
    }
}
