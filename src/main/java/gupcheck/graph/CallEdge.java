package gupcheck.graph;

import gupcheck.model.CallSite;
import java.util.List;

/** One call site: its own edge, so two calls between the same pair of functions stay two edges. */
public final class CallEdge {
    private final String file;
    private final CallSite site;
    private final List<String> presence;

    CallEdge(String file, CallSite site, List<String> presence) {
        this.file = file;
        this.site = site;
        this.presence = presence;
    }

    public String file() {
        return file;
    }

    public int line() {
        return site.line();
    }

    public CallSite site() {
        return site;
    }

    public List<String> presence() {
        return presence;
    }

    @Override
    public String toString() {
        return file + ":" + site.line();
    }
}
