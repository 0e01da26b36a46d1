package org.kindred.returns.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What `returns validate` says when it cannot finish: one line on standard error and an exit code of its own, so
 * that a crash is never read as "errors found" (1). Out of memory anywhere (the reader, a rule's thread, the
 * report) is 3 and names the heap the JVM had; anything else is 4.
 */
final class Crash {
    /** Released when memory runs out, so that the line can still be written. */
    private static byte[] reserve = new byte[256 << 10];

    private Crash() {
    }

    static int report(Throwable e, Path input) {
        reserve = null;
        PrintStream err = System.err;
        String what = input == null ? "the return" : input.toString();
        if (outOfMemory(e)) {
            System.gc();
            err.println(String.format(Locale.ROOT, "kindred returns validate: out of memory validating %s: the Java"
                    + " heap's limit is %d MB; run java with a larger -Xmx (a national SSDA903 return needs about 2 GB)",
                    what, Runtime.getRuntime().maxMemory() >> 20));
            err.flush();
            return ValidateCommand.OUT_OF_MEMORY;
        }
        Throwable cause = e;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        err.println("kindred returns validate: validation of " + what + " broke: " + cause
                + (cause.getStackTrace().length > 0 ? " at " + cause.getStackTrace()[0] : ""));
        err.flush();
        return ValidateCommand.BROKE;
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
