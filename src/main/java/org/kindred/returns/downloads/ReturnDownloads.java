package org.kindred.returns.downloads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.returns.annexa.AnnexAList;
import org.kindred.returns.annexa.AnnexAReport;
import org.kindred.returns.annexa.AnnexARows;
import org.kindred.returns.export.ExportedReturn;
import org.kindred.returns.export.ReturnRuns;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.shared.AuditableAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Builds the returns for download on one background thread (a return reads every child: one at a time is plenty on
 * a small server, and a request thread is never held for it), with the signed-in user's identity so that the
 * export's audit names them. The builds are kept in memory for an hour; only their owner may read one. The export is
 * the command line's ({@link ReturnRuns}), which validates what it writes; the download of the file is audited too.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReturnDownloads {
    private static final Logger log = LoggerFactory.getLogger(ReturnDownloads.class);
    private static final Duration KEPT = Duration.ofHours(1);
    private final ReturnRuns runs;
    private final AnnexAReport annexA;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, ReturnBuild> builds = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "return-builds");
        t.setDaemon(true);
        return t;
    });

    /** Starts building a statutory return for the collection year ending 31 March {@code year}. */
    public ReturnBuild startReturn(DownloadKind kind, int year) {
        ReturnKind returnKind = kind == DownloadKind.CIN ? ReturnKind.CIN : ReturnKind.SSDA903;
        return start(kind, Integer.toString(year), build -> exportReturn(build, returnKind, year));
    }

    /** Starts building Annex A for the period. */
    public ReturnBuild startAnnexA(LocalDate from, LocalDate to) {
        return start(DownloadKind.ANNEX_A, from + "-to-" + to, build -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AnnexARows rows;
            try {
                rows = annexA.write(from, to, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            build.stage(ReturnBuild.Stage.VALIDATED);
            int total = 0;
            for (AnnexAList list : AnnexAList.values()) {
                total += rows.count(list);
            }
            build.ready(out.toByteArray(), total + " rows in " + AnnexAList.values().length + " lists");
        });
    }

    /** The build, if it exists and belongs to the signed-in user. */
    public Optional<ReturnBuild> find(String id) {
        ReturnBuild b = builds.get(id);
        return b != null && b.owner().equals(CurrentUser.get().username()) ? Optional.of(b) : Optional.empty();
    }

    /** The file of a finished build, audited as downloaded. */
    public byte[] download(ReturnBuild build) {
        events.publishEvent(new AuditableAction("DOWNLOAD", "statutory-return",
                build.kind().name().toLowerCase() + "-" + build.period(), build.fileName() + ": " + build.summary()));
        return build.file();
    }

    private interface Work {
        void run(ReturnBuild build) throws Exception;
    }

    private ReturnBuild start(DownloadKind kind, String period, Work work) {
        forgetOld();
        ReturnBuild build = new ReturnBuild(UUID.randomUUID().toString(), kind, period,
                CurrentUser.get().username(), clock.instant());
        builds.put(build.id(), build);
        worker.execute(new DelegatingSecurityContextRunnable(() -> {
            build.stage(ReturnBuild.Stage.BUILDING);
            try {
                work.run(build);
            } catch (Exception | LinkageError e) {
                log.warn("building {} {} failed", kind, period, e);
                build.failed(message(e));
            }
        }));
        return build;
    }

    private void exportReturn(ReturnBuild build, ReturnKind kind, int year) throws IOException {
        Path dir = Files.createTempDirectory("kindred-download-");
        try {
            ExportedReturn exported = runs.export(kind, year, dir);
            build.stage(ReturnBuild.Stage.VALIDATED);
            String summary = exported.report().errors() + " errors and " + exported.report().queries()
                    + " queries from the DfE's rules";
            build.ready(kind == ReturnKind.CIN ? Files.readAllBytes(exported.files().get(0)) : zip(exported), summary);
        } finally {
            delete(dir);
        }
    }

    private static byte[] zip(ExportedReturn exported) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path f : exported.files()) {
                zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String message(Throwable e) {
        // A file the year's schema refuses says which code is wrong; anything else is ours, not the user's.
        return e instanceof org.kindred.returns.validation.ReturnFileException
                ? "Kindred’s data does not make a valid file for this return: " + e.getMessage()
                : "The return could not be built. The error is in the server’s log.";
    }

    private void forgetOld() {
        java.time.Instant before = clock.instant().minus(KEPT);
        builds.values().removeIf(b -> b.finished() && b.started().isBefore(before));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}", dir, e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() { worker.shutdownNow(); }
}
