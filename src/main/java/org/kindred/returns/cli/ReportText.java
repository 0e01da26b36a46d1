package org.kindred.returns.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.kindred.returns.validation.Failure;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.ValidationReport;

/** The text report of a validation, as `returns validate` and `returns export` print it. */
final class ReportText {
    private ReportText() {
    }

    /** Failures per block of text: blocks are written out in order, each made on whichever thread is free. */
    private static final int BLOCK = 20_000;

    static void print(PrintWriter out, ValidationReport report, ReturnKind kind, int year) {
        print(out, null, null, report, kind, year);
    }

    /**
     * As {@link #print(PrintWriter, ValidationReport, ReturnKind, int)}; when {@code raw} is given (the stream under
     * {@code out}, whose character set is {@code charset}), the failure lines are made as bytes on the worker threads
     * and written to it directly: at national scale, turning hundreds of megabytes of text into chars and encoding
     * them again on one thread took longer than making the lines.
     */
    static void print(PrintWriter out, OutputStream raw, Charset charset, ValidationReport report, ReturnKind kind,
                      int year) {
        List<Failure> failures = report.failures();
        boolean bytes = raw != null && LineBytes.fits(charset);
        int blocks = (failures.size() + BLOCK - 1) / BLOCK;
        if (bytes) {
            out.flush();
        }
        if (blocks <= 1) {
            write(out, raw, block(failures, 0, failures.size(), bytes ? charset : null));
        } else {
            // A national return lists millions of failures: the lines are made on every core, a few blocks ahead of
            // the writer, so that no more than those blocks are held as text at once.
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService pool = org.kindred.returns.validation.DaemonPool.of("returns-report", threads);
            try {
                ArrayDeque<Future<Object>> ahead = new ArrayDeque<>();
                int next = 0;
                for (int written = 0; written < blocks; written++) {
                    while (next < blocks && ahead.size() < threads * 2) {
                        int from = next * BLOCK;
                        int to = Math.min(failures.size(), from + BLOCK);
                        Charset blockCharset = bytes ? charset : null;
                        ahead.add(pool.submit(() -> block(failures, from, to, blockCharset)));
                        next++;
                    }
                    write(out, raw, ahead.poll().get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the report", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (ValidationReport.Skipped s : report.skipped()) {
            out.println("SKIPPED " + s.rule() + ": " + s.reason());
        }
        out.println(summary(report, kind, year));
    }

    /** The lines of failures [from, to): bytes in {@code charset} when one is given, else text. */
    private static Object block(List<Failure> failures, int from, int to, Charset charset) {
        if (charset == null) {
            return lines(failures, from, to);
        }
        LineBytes b = new LineBytes(charset, (to - from) * 160);
        for (int i = from; i < to; i++) {
            b.line(failures.get(i));
        }
        return b;
    }

    private static void write(PrintWriter out, OutputStream raw, Object block) {
        if (block instanceof LineBytes b) {
            try {
                b.writeTo(raw);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            out.write((String) block);
        }
    }

    /** The lines of failures [from, to), each ending in a new line. */
    private static String lines(List<Failure> failures, int from, int to) {
        StringBuilder text = new StringBuilder((to - from) * 120);
        for (int i = from; i < to; i++) {
            line(failures.get(i), text).append('\n');
        }
        return text.toString();
    }

    static String summary(ValidationReport report, ReturnKind kind, int year) {
        return kind.name() + " " + RuleRegistry.collectionYearLabel(year) + ": " + report.failures().size()
                + " failures (" + report.errors() + " errors, " + report.queries() + " queries) from "
                + report.rulesRun() + " rules run; " + (report.skipped().size() - report.internalErrors())
                + " rules skipped; " + report.internalErrors() + " internal errors";
    }

    static StringBuilder line(Failure f, StringBuilder s) {
        s.append(f.type().name()).append(' ').append(f.rule());
        if (f.table() == null) {
            s.append(" whole return");
        } else {
            s.append(' ').append(f.table()).append(" row ").append(f.row());
            if (f.child() != null) {
                s.append(" child ").append(f.child());
            }
        }
        if (f.field() != null && !f.field().isEmpty()) {
            s.append(" field ").append(f.field());
        }
        return s.append(": ").append(f.message());
    }
}
