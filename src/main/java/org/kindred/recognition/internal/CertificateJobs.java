package org.kindred.recognition.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lombok.RequiredArgsConstructor;
import org.kindred.recognition.CertificateBuild.Stage;
import org.kindred.recognition.CertificateBuild;
import org.kindred.recognition.Certificates;
import org.kindred.recognition.Nomination;
import org.kindred.recognition.NominationWindow;
import org.kindred.recognition.NominationWindows;
import org.kindred.recognition.RecognitionRoles.CanRunCelebrations;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.time.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a window's certificates on a background thread, a chunk of nominees at a time (two chunks at once on the
 * machine's cores), so its page can say how far it has got. Builds are kept in this node's memory for an hour: a
 * certificate run is a once-a-year job, and its file is made again in seconds if a node restarts.
 */
@Service
@RequiredArgsConstructor
class CertificateJobs implements Certificates {
    static final int CHUNK = 25;
    private static final Duration KEPT = Duration.ofHours(1);
    private final JdbcClient jdbc;
    private final NominationWindows windows;
    private final CertificatePdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("certificates"));
    private final ExecutorService chunks = Executors.newFixedThreadPool(2, daemon("certificate-chunk"));
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Override
    @Transactional
    @CanRunCelebrations
    public CertificateBuild start(long windowId, Packing packing) {
        NominationWindow window = windows.find(windowId);
        if (!window.celebratedBy(UkTime.today(clock))) {
            throw InvalidInput.of("packing", "Certificates are made from the day of the celebration, "
                    + UkTime.written(window.celebrationOn()));
        }
        if (packing == null) throw InvalidInput.of("packing", "Select one PDF or a zip of one PDF per nominee");
        List<NomineeNominations> nominees = nominees(windowId);
        jobs.values().removeIf(j -> j.started.plus(KEPT).isBefore(clock.instant()));
        Job job = new Job(UUID.randomUUID().toString(), window, packing, nominees.size(), clock.instant());
        jobs.put(job.id, job);
        events.publishEvent(new AuditableAction("PRINT", "recognition_window", Long.toString(windowId),
                "certificates for " + nominees.size() + " nominees, " + packing));
        runner.submit(() -> job.run(nominees));
        return job.view();
    }

    @Override
    @CanRunCelebrations
    public Optional<CertificateBuild> find(String buildId) {
        return Optional.ofNullable(jobs.get(buildId)).map(Job::view);
    }

    @Override
    @CanRunCelebrations
    public byte[] file(CertificateBuild build) {
        Job job = jobs.get(build.id());
        if (job == null || job.file == null) throw new org.kindred.shared.NotFound("Certificates");
        return job.file;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Every nomination of the window, gathered by nominee in name order. */
    List<NomineeNominations> nominees(long windowId) {
        List<Nomination> all = jdbc.sql(JdbcNominations.COLUMNS + "where n.window_id = ? "
                        + "order by n.nominee_name, n.nominee_username, n.nominated_at, n.id")
                .param(windowId).query(JdbcNominations::row).list();
        Map<String, List<Nomination>> by = new LinkedHashMap<>();
        all.forEach(n -> by.computeIfAbsent(n.nominee(), k -> new ArrayList<>()).add(n));
        return by.values().stream().map(list -> new NomineeNominations(list.get(0).nominee(),
                list.get(0).nomineeName(), list.get(0).nomineeTeam(), list)).toList();
    }

    private final class Job {
        final String id;
        final NominationWindow window;
        final Packing packing;
        final int total;
        final java.time.Instant started;
        final AtomicInteger done = new AtomicInteger();
        volatile Stage stage = Stage.QUEUED;
        volatile byte[] file;
        volatile String failure;

        Job(String id, NominationWindow window, Packing packing, int total, java.time.Instant started) {
            this.id = id;
            this.window = window;
            this.packing = packing;
            this.total = total;
            this.started = started;
        }

        void run(List<NomineeNominations> nominees) {
            stage = Stage.BUILDING;
            try {
                file = packing == Packing.ZIP ? zip(nominees) : onePdf(nominees);
                stage = Stage.READY;
            } catch (RuntimeException | InterruptedException | java.util.concurrent.ExecutionException e) {
                failure = "The certificates could not be made: " + e.getClass().getSimpleName();
                stage = Stage.FAILED;
            }
        }

        private byte[] onePdf(List<NomineeNominations> nominees) throws InterruptedException, java.util.concurrent.ExecutionException {
            List<java.util.concurrent.Future<byte[]>> parts = new ArrayList<>();
            for (int i = 0; i < nominees.size(); i += CHUNK) {
                List<NomineeNominations> chunk = nominees.subList(i, Math.min(nominees.size(), i + CHUNK));
                parts.add(chunks.submit(() -> counted(pdf.render(window, chunk), chunk.size())));
            }
            List<byte[]> pdfs = new ArrayList<>();
            for (var part : parts) pdfs.add(part.get());
            return pdfs.isEmpty() ? pdf.render(window, List.of()) : CertificatePdf.merge(pdfs);
        }

        private byte[] zip(List<NomineeNominations> nominees) throws InterruptedException, java.util.concurrent.ExecutionException {
            List<java.util.concurrent.Future<byte[]>> parts = new ArrayList<>();
            for (NomineeNominations n : nominees) parts.add(chunks.submit(() -> counted(pdf.render(window, List.of(n)), 1)));
            try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < nominees.size(); i++) {
                    zip.putNextEntry(new ZipEntry(CertificateFiles.entryName(nominees.get(i), i + 1)));
                    zip.write(parts.get(i).get());
                    zip.closeEntry();
                }
                zip.finish();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private byte[] counted(byte[] file, int nominees) {
            done.addAndGet(nominees);
            return file;
        }

        CertificateBuild view() {
            return new CertificateBuild(id, window.id(), window.name(), packing, stage, done.get(), total, started,
                    CertificateFiles.fileName(window, packing), failure);
        }
    }
}
