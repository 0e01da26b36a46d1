package org.kindred.returns.downloads;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * One return being built for a user: where it has got to, and when ready the file and what validation found. Held in
 * memory for a while after it is done (the file holds every child's return data: never written to disk to keep).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class ReturnBuild {
    public enum Stage { QUEUED, BUILDING, VALIDATED, READY, FAILED }

    private final String id;
    private final DownloadKind kind;
    private final String period;
    private final String owner;
    private final Instant started;
    final CompletableFuture<ReturnBuild> done = new CompletableFuture<>();
    private volatile Stage stage = Stage.QUEUED;
    private volatile String summary;
    private volatile byte[] file;

    public String id() { return id; }

    public DownloadKind kind() { return kind; }

    /** The collection year or period, as the file name and page give it ("2025", "2024-04-01-to-2025-03-31"). */
    public String period() { return period; }

    public String owner() { return owner; }

    public Instant started() { return started; }

    public Stage stage() { return stage; }

    public boolean finished() { return stage == Stage.READY || stage == Stage.FAILED; }

    /** What validation found, or why the build failed. */
    public String summary() { return summary; }

    public String fileName() { return kind.name().toLowerCase().replace('_', '-') + "-" + period + "." + kind.extension(); }

    public byte[] file() { return file; }

    /** Completes when the file is ready or the build failed. */
    public CompletableFuture<ReturnBuild> whenDone() { return done; }

    void stage(Stage s) { this.stage = s; }

    void ready(byte[] bytes, String summary) {
        this.file = bytes;
        this.summary = summary;
        this.stage = Stage.READY;
        done.complete(this);
    }

    void failed(String why) {
        this.summary = why;
        this.stage = Stage.FAILED;
        done.complete(this);
    }
}
