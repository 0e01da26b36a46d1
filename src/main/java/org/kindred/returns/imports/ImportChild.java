package org.kindred.returns.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kindred.care.CareRecord;
import org.kindred.care.CareRecords;
import org.kindred.care.NewCareEvent;
import org.kindred.care.NewMissingEpisode;
import org.kindred.returns.validation.Table;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one child of an SSDA903 return: the person and the care events in one transaction (all or nothing), then
 * each review and missing episode in its own, so one the care module refuses does not undo the rest.
 */
@Component
class ImportChild {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final ImportPeople people;
    private final ImportLedger ledger;
    private final CareRecords care;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    ImportChild(ImportPeople people, ImportLedger ledger, CareRecords care, PlatformTransactionManager tm,
                ApplicationEventPublisher events) {
        this.people = people;
        this.ledger = ledger;
        this.care = care;
        // A savepoint inside the file's transaction (ReturnImports): a refused row is undone alone.
        this.tx = new TransactionTemplate(tm);
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        this.events = events;
    }

    /** The rows of one child: its checked events and episodes, and the row numbers of its reviews and missing. */
    record Rows(List<NewCareEvent> events, List<FileEpisode> episodes, Table reviews, List<Integer> reviewRows,
                Table missing, List<Integer> missingRows, ReturnRows where, String episodesFile) {
    }

    void run(int year, ChildFacts child, Rows rows, double threshold, ImportResult result) {
        Long id;
        ImportResult counted = new ImportResult();
        try {
            id = tx.execute(s -> episodes(year, child, rows, threshold, counted));
            result.merge(counted); // counted only once committed
        } catch (InvalidInput e) {
            // Kindred already holds a history for this child that the return's does not fit.
            result.problem(new ImportProblem(rows.episodesFile(),
                    rows.episodes().get(0).line(), String.join(",", e.errors().keySet()),
                    "child " + child.laChildId() + ": " + String.join("; ", e.errors().values())));
            return;
        }
        for (int r : rows.reviewRows()) review(year, child, id, rows, r, result);
        for (int r : rows.missingRows()) missing(year, child, id, rows, r, result);
    }

    private long episodes(int year, ChildFacts child, Rows rows, double threshold, ImportResult result) {
        long id = people.matchOrCreate(Ssda903Import.RETURN, year, child, threshold, result);
        CareRecord record = care.find(id);
        Set<String> held = new HashSet<>();
        record.events().forEach(e -> held.add(e.event().kind().name() + "|" + e.event().date()));
        for (NewCareEvent e : rows.events()) {
            if (held.contains(e.kind() + "|" + e.date())) {
                result.alreadyImported("care events");
            } else {
                care.record(id, e);
                result.added("care events");
            }
        }
        for (FileEpisode e : rows.episodes()) {
            String key = "Episodes|" + child.laChildId() + "|" + e.decom();
            if (ledger.has(Ssda903Import.RETURN, year, key)) result.alreadyImported("episodes");
            else {
                ledger.add(Ssda903Import.RETURN, year, key, id);
                result.added("episodes");
            }
        }
        events.publishEvent(new AuditableAction("IMPORT", "person", Long.toString(id),
                "SSDA903 " + year + " child " + child.laChildId()));
        return id;
    }

    private void review(int year, ChildFacts child, long id, Rows rows, int r, ImportResult result) {
        Table t = rows.reviews();
        write(t, r, "REVIEW", rows, result, "reviews", () -> {
            LocalDate held = ReturnRows.date(t, r, "REVIEW");
            if (held == null) throw new HistoryProblem(r, "REVIEW", "is blank");
            String key = "Reviews|" + child.laChildId() + "|" + held;
            if (ledger.has(Ssda903Import.RETURN, year, key)) return false;
            care.recordReview(id, held);
            ledger.add(Ssda903Import.RETURN, year, key, id);
            return true;
        });
    }

    private void missing(int year, ChildFacts child, long id, Rows rows, int r, ImportResult result) {
        Table t = rows.missing();
        write(t, r, "MIS_START", rows, result, "missing episodes", () -> {
            LocalDate start = ReturnRows.date(t, r, "MIS_START");
            if (start == null) throw new HistoryProblem(r, "MIS_START", "is blank");
            LocalDate end = ReturnRows.date(t, r, "MIS_END");
            String key = "Missing|" + child.laChildId() + "|" + start;
            if (ledger.has(Ssda903Import.RETURN, year, key)) return false;
            care.recordMissing(id, new NewMissingEpisode(ReturnRows.text(t, r, "MISSING"), instant(start),
                    end == null ? null : instant(end), null, null));
            ledger.add(Ssda903Import.RETURN, year, key, id);
            return true;
        });
    }

    private static Instant instant(LocalDate d) { return d.atStartOfDay(UK).toInstant(); }

    interface RowWrite {
        /** @return true when written, false when an earlier import already did */
        boolean write() throws HistoryProblem;
    }

    /** One row in its own transaction; a refusal is reported against the row's cell and nothing of it is kept. */
    private void write(Table t, int r, String column, Rows rows, ImportResult result, String what, RowWrite w) {
        try {
            Boolean written = tx.execute(s -> {
                try {
                    return w.write();
                } catch (HistoryProblem p) {
                    throw new InvalidInput(java.util.Map.of(p.column(), p.getMessage()));
                }
            });
            if (Boolean.TRUE.equals(written)) result.added(what);
            else result.alreadyImported(what);
        } catch (InvalidInput e) {
            result.problem(rows.where().problem(t, r, column, String.join("; ", e.errors().values())));
        }
    }
}
