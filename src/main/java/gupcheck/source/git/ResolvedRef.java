package gupcheck.source.git;

import org.eclipse.jgit.lib.ObjectId;

/** A ref as the user named it (or as a glob/range expanded it) and the commit it points to. */
public record ResolvedRef(String name, ObjectId commit) { }
