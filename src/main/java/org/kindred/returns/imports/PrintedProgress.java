package org.kindred.returns.imports;

import java.io.PrintStream;
import lombok.RequiredArgsConstructor;

/**
 * Progress on the command line: a line at most every few seconds with the children read, how far into the file and
 * the heap in use, so an operator sees a long import move (and what it costs) before it commits.
 */
@RequiredArgsConstructor
final class PrintedProgress implements ImportProgress {
    private final PrintStream out;
    private final long everyMillis;
    private final long started = System.nanoTime();
    private long last = started;

    @Override
    public void step(int children, long bytesRead, long totalBytes) {
        long now = System.nanoTime();
        if ((now - last) / 1_000_000 < everyMillis) return;
        last = now;
        out.printf("import: %,d children read, %s of %s (%d%%), %d s, heap in use %d MB%n", children, mb(bytesRead),
                mb(totalBytes), totalBytes == 0 ? 100 : bytesRead * 100 / totalBytes, (now - started) / 1_000_000_000,
                heapInUseMb());
    }

    @Override
    public void done(int children, long totalBytes) {
        out.printf("import: all %,d children read (%s) in %d s, heap in use %d MB; committing%n", children,
                mb(totalBytes), (System.nanoTime() - started) / 1_000_000_000, heapInUseMb());
    }

    static long heapInUseMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static String mb(long bytes) {
        return bytes < 10L << 20 ? String.format("%,d KB", bytes >> 10) : String.format("%,d MB", bytes >> 20);
    }
}
