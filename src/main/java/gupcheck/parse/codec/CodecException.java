package gupcheck.parse.codec;

import java.io.IOException;

/** Bytes that are not a parse this build wrote: damaged, truncated or from another format. */
public final class CodecException extends IOException {
    private static final long serialVersionUID = 1L;

    public CodecException(String message) {
        super(message);
    }
}
