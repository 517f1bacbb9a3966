package gupcheck.source.git;

import gupcheck.source.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Turns what the user wrote into commits: a ref or commit ({@code v5.4.86}, {@code linux-5.4.y},
 * {@code 1a2b3c}), a glob over tag and branch names ({@code v5.4.*}), or a range {@code A..B}
 * meaning every tag on the commits reachable from B and not from A (B's own tag included).
 * Globs and ranges come back in version order (v5.4.9 before v5.4.10).
 */
public final class RefResolver {

    private final Repository repository;

    public RefResolver(GitRepository repository) {
        this.repository = repository.jgit();
    }

    public ResolvedRef resolve(String name) throws InputException {
        if (name.contains("..")) {
            throw new InputException(name + ": a range names several refs; use --refs");
        }
        try {
            ObjectId commit = repository.resolve(name + "^{commit}");
            if (commit == null) {
                throw new InputException(name + ": no such ref or commit in " + repository.getDirectory());
            }
            return new ResolvedRef(name, commit);
        } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
            throw new InputException(name + ": not a valid ref (" + e.getMessage() + ")");
        }
    }

    /** A glob or an A..B range; at least one ref must match. */
    public List<ResolvedRef> expand(String pattern) throws InputException {
        List<ResolvedRef> refs = pattern.contains("..") ? range(pattern) : glob(pattern);
        if (refs.isEmpty()) {
            throw new InputException(pattern + ": matches no tag or branch");
        }
        return refs;
    }

    private List<ResolvedRef> glob(String glob) throws InputException {
        Pattern regex = Pattern.compile(globToRegex(glob));
        Map<String, ResolvedRef> byName = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                String shortName = Repository.shortenRefName(ref.getName());
                if (ref.getName().startsWith(Constants.R_REMOTES) && !glob.contains("/")) {
                    continue;
                }
                if (regex.matcher(shortName).matches() || regex.matcher(ref.getName()).matches()) {
                    ObjectId commit = peel(walk, ref);
                    if (commit != null) {
                        byName.putIfAbsent(shortName, new ResolvedRef(shortName, commit));
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(repository.getDirectory() + ": cannot list refs (" + e.getMessage() + ")");
        }
        List<ResolvedRef> refs = new ArrayList<>(byName.values());
        refs.sort(Comparator.comparing(ResolvedRef::name, RefResolver::compareVersions));
        return refs;
    }

    private List<ResolvedRef> range(String range) throws InputException {
        int dots = range.indexOf("..");
        String from = range.substring(0, dots);
        String to = range.substring(dots + 2);
        ResolvedRef start = resolve(from);
        ResolvedRef end = resolve(to);
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(end.commit()));
            walk.markUninteresting(walk.parseCommit(start.commit()));
            Set<ObjectId> between = new HashSet<>();
            for (RevCommit c : walk) {
                between.add(c.copy());
            }
            List<ResolvedRef> refs = new ArrayList<>();
            for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                ObjectId commit = peel(walk, tag);
                if (commit != null && between.contains(commit)) {
                    refs.add(new ResolvedRef(Repository.shortenRefName(tag.getName()), commit));
                }
            }
            refs.sort(Comparator.comparing(ResolvedRef::name, RefResolver::compareVersions));
            return refs;
        } catch (IOException e) {
            throw new InputException(range + ": cannot walk the range (" + e.getMessage() + ")");
        }
    }

    /** The commit a ref names, through annotated tags; null for refs to trees or blobs. */
    private static ObjectId peel(RevWalk walk, Ref ref) throws IOException {
        if (ref.getObjectId() == null) {
            return null;
        }
        RevObject object = walk.parseAny(ref.getObjectId());
        while (object instanceof RevTag tag) {
            object = walk.parseAny(tag.getObject());
        }
        return object instanceof RevCommit commit ? commit.copy() : null;
    }

    static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** Compares names with embedded numbers by value: v5.4.9 < v5.4.10 < v5.10. */
    static int compareVersions(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int cmp = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (cmp != 0) {
                    return cmp;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
