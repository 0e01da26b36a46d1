package org.kindred.returns.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs of the export, audited: a return holds every child's record, so each run is an audit entry (and each
 * child's register record read for it is one too, through the People API).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReturnRuns {
    private final ReturnExport export;
    private final ApplicationEventPublisher events;

    /** Writes the return into {@code dir} and validates it. */
    @Transactional
    public ExportedReturn export(ReturnKind kind, int year, Path dir) {
        ExportedReturn done = export.export(kind, year, dir);
        audit("EXPORT", kind, year, done);
        return done;
    }

    /** Validates the current data as a return, without keeping any file (the performance team's page). */
    @Transactional
    public ExportedReturn validate(ReturnKind kind, int year) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kindred-return-");
            ExportedReturn done = export.export(kind, year, dir);
            audit("VALIDATE", kind, year, done);
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private void audit(String action, ReturnKind kind, int year, ExportedReturn done) {
        events.publishEvent(new AuditableAction(action, "statutory-return", kind.name().toLowerCase() + "-" + year,
                done.report().failures().size() + " failures, " + done.report().errors() + " errors"));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind holds a return: say so rather than fail the page.
            org.slf4j.LoggerFactory.getLogger(ReturnRuns.class).warn("could not delete {}", dir, e);
        }
    }
}
