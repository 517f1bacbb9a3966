package gupcheck.source.git;

import gupcheck.source.InputException;
import gupcheck.source.SourceDecoder;
import gupcheck.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * A git repository read with JGit, without a checkout: the blobs of wanted files at a commit.
 * Decoded texts are kept by blob id, so a blob shared by a hundred tags is read once.
 */
public final class GitRepository implements AutoCloseable {

    private static boolean windowCacheConfigured;

    private final Repository repository;
    private final Path location;
    private final Map<ObjectId, String> textByBlob = new ConcurrentHashMap<>();

    private GitRepository(Repository repository, Path location) {
        this.repository = repository;
        this.location = location;
    }

    /** A normal clone (its work tree or .git), a bare repository, or a linked worktree. */
    public static GitRepository open(Path directory) throws InputException {
        configureWindowCache();
        if (!Files.isDirectory(directory)) {
            throw new InputException(directory + ": no such directory");
        }
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
            if (Files.exists(directory.resolve(".git"))) {
                builder.setWorkTree(directory.toFile()).readEnvironment();
                builder.findGitDir(directory.toFile());
                if (builder.getGitDir() == null) {
                    builder.setGitDir(directory.resolve(".git").toFile());
                }
            } else {
                builder.setGitDir(directory.toFile());
            }
            Repository repository = builder.build();
            if (!repository.getObjectDatabase().exists()) {
                repository.close();
                throw new InputException(directory + ": not a git repository");
            }
            return new GitRepository(repository, directory);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(directory + ": not a git repository");
        }
    }

    /**
     * A kernel pack is large: let JGit map more of it than its small default. And gupcheck only
     * reads objects: JGit need not run "git config --system" (a process per run) to find the
     * system configuration. Done once per process; {@link #open} does it, a start-up may do it earlier.
     */
    public static synchronized void configureWindowCache() {
        if (!windowCacheConfigured) {
            // JGit measures the file system's timestamp resolution on first use; do not wait for it
            FS.FileStoreAttributes.setBackground(true);
            SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
                @Override
                public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                    return new FileBasedConfig(parent, null, fs) {
                        @Override
                        public void load() {
                            // no system configuration: nothing gupcheck reads depends on it
                        }

                        @Override
                        public boolean isOutdated() {
                            return false;
                        }
                    };
                }
            });
            WindowCacheConfig config = new WindowCacheConfig();
            config.setPackedGitLimit(512L * 1024 * 1024);
            config.setPackedGitWindowSize(64 * 1024);
            config.setDeltaBaseCacheLimit(64 * 1024 * 1024);
            config.install();
            windowCacheConfigured = true;
        }
    }

    public Repository jgit() {
        return repository;
    }

    public Path location() {
        return location;
    }

    /** The blob ids of the wanted paths at a commit; absent paths are left out. */
    public Map<String, ObjectId> blobs(ObjectId commit, List<String> paths) throws IOException {
        try (BlobLookup lookup = blobLookup()) {
            return lookup.blobs(commit, paths);
        }
    }

    /** For many commits in a row: one object reader for all of them. Not thread-safe. */
    public BlobLookup blobLookup() {
        return new BlobLookup(repository.newObjectReader());
    }

    public static final class BlobLookup implements AutoCloseable {
        private final ObjectReader reader;
        private final RevWalk walk;

        private BlobLookup(ObjectReader reader) {
            this.reader = reader;
            this.walk = new RevWalk(reader);
        }

        public Map<String, ObjectId> blobs(ObjectId commit, List<String> paths) throws IOException {
            Map<String, ObjectId> blobs = new LinkedHashMap<>();
            RevCommit parsed = walk.parseCommit(commit);
            for (String path : paths) {
                try (TreeWalk tree = TreeWalk.forPath(reader, path, parsed.getTree())) {
                    if (tree != null && (tree.getFileMode(0).getObjectType() == Constants.OBJ_BLOB)) {
                        blobs.put(path, tree.getObjectId(0));
                    }
                }
            }
            return blobs;
        }

        @Override
        public void close() {
            walk.close();
            reader.close();
        }
    }

    /** The files as SourceFiles, read and decoded once per blob. */
    public List<SourceFile> read(Map<String, ObjectId> blobs) throws InputException, IOException {
        List<SourceFile> files = new ArrayList<>(blobs.size());
        for (Map.Entry<String, ObjectId> e : blobs.entrySet()) {
            files.add(new SourceFile(e.getKey(), e.getValue().name(), text(e.getKey(), e.getValue())));
        }
        return files;
    }

    public String text(String path, ObjectId blob) throws InputException, IOException {
        String cached = textByBlob.get(blob);
        if (cached != null) {
            return cached;
        }
        byte[] bytes;
        try (ObjectReader reader = repository.newObjectReader()) {
            bytes = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(SourceDecoder.MAX_BYTES);
        } catch (MissingObjectException e) {
            throw new InputException(location + ": blob " + blob.name() + " of " + path + " is missing");
        } catch (org.eclipse.jgit.errors.LargeObjectException e) {
            throw new InputException(path + "@" + blob.name() + ": file too large");
        }
        String text = SourceDecoder.decode(path + "@" + blob.abbreviate(12).name(), bytes);
        textByBlob.put(blob, text);
        return text;
    }

    @Override
    public void close() {
        repository.close();
    }
}
