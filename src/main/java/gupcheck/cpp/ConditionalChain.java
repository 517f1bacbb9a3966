package gupcheck.cpp;

import java.util.ArrayList;
import java.util.List;

/**
 * One open {@code #if ... #endif} chain and which of its branches is being read.
 *
 * <p>Branch selection follows the "maximal code" policy: the first branch whose
 * condition is TRUE or UNKNOWN is taken and every later one dropped; when all are
 * FALSE the {@code #else} is taken. A chain inside dropped code is dropped whole
 * and its conditions are never evaluated.
 */
final class ConditionalChain {
    private final String openingDirective;
    private final int openingLine;
    private final boolean insideKeptCode;
    private final List<String> outerPresence;
    /** Conditions of earlier branches, all FALSE; the current branch's presence negates them. */
    private final List<String> rejectedConditions = new ArrayList<>();
    private boolean branchTaken;
    private int elseLine;
    private boolean active;
    private List<String> presence;

    ConditionalChain(String openingDirective, int openingLine, boolean insideKeptCode, List<String> outerPresence) {
        this.openingDirective = openingDirective;
        this.openingLine = openingLine;
        this.insideKeptCode = insideKeptCode;
        this.outerPresence = outerPresence;
    }

    String openingDirective() {
        return openingDirective;
    }

    int openingLine() {
        return openingLine;
    }

    /** Whether the next branch's condition must be evaluated: false once a branch was taken. */
    boolean decidesNextBranch() {
        return insideKeptCode && !branchTaken;
    }

    boolean isActive() {
        return active;
    }

    List<String> presence() {
        return presence;
    }

    boolean hasElse() {
        return elseLine > 0;
    }

    int elseLine() {
        return elseLine;
    }

    /** Call only when {@link #decidesNextBranch()}. */
    void offerBranch(String condition, Truth truth) {
        if (truth == Truth.FALSE) {
            rejectedConditions.add(condition);
            active = false;
            return;
        }
        take(PresenceConditions.branch(rejectedConditions, condition));
    }

    /** A branch that is dropped without looking at its condition. */
    void skipBranch() {
        active = false;
    }

    void enterElse(int line) {
        elseLine = line;
        if (decidesNextBranch()) {
            take(PresenceConditions.branch(rejectedConditions, null));
        } else {
            active = false;
        }
    }

    private void take(String branchCondition) {
        branchTaken = true;
        active = true;
        presence = PresenceConditions.append(outerPresence, branchCondition);
    }
}
