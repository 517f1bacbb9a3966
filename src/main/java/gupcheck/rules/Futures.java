package gupcheck.rules;

import gupcheck.cpp.PreprocessorException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread, with its failure rethrown as the work threw it. */
final class Futures {

    private Futures() {
    }

    static <T> T join(CompletableFuture<T> future) throws PreprocessorException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PreprocessorException pe) {
                throw pe;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
