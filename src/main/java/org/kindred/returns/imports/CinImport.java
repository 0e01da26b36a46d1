package org.kindred.returns.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kindred.person.Upn;
import org.kindred.returns.cin.CinXmlReader;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;
import org.kindred.returns.validation.Utf8Text;
import org.kindred.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a past CIN census into Kindred: each child matched on the register (or created), then each CIN episode
 * (CINdetails) in one transaction through the front door's and protection's APIs: the referral (as the contact and
 * decision that make it), its assessment, child in need plans, section 47 enquiries (each with the strategy
 * discussion that started it) and child protection plans (each with its initial conference). An episode the
 * modules refuse is reported and skipped whole; importing the census again changes nothing.
 */
@Service
class CinImport {
    static final String RETURN = "cin";
    private final ImportPeople people;
    private final CinEpisodeWriter writer;
    private final ImportLedger ledger;
    private final TransactionTemplate tx;
    private final CinBatch batches;
    /** Children written in one savepoint: a few statements for them all. */
    static final int BATCH = 100;

    CinImport(ImportPeople people, CinEpisodeWriter writer, ImportLedger ledger, PlatformTransactionManager tm,
              CinBatch batches) {
        this.batches = batches;
        this.people = people;
        this.writer = writer;
        this.ledger = ledger;
        // A savepoint inside the file's transaction (ReturnImports): a refused row is undone alone.
        this.tx = new TransactionTemplate(tm);
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
    }

    ImportResult run(Path input, Integer year, double threshold, String worker) {
        return run(input, year, threshold, worker, ImportProgress.NONE);
    }

    /**
     * The census is streamed a child at a time (CinXmlReader.stream) and written a batch of children at a time
     * (CinBatch, ADR 0036): memory holds one batch, whatever the file's size. Problems name the child's position in
     * the file (1 = the first child) and the episode's (1 = the file's first).
     */
    ImportResult run(Path input, Integer year, double threshold, String worker, ImportProgress progress) {
        Utf8Text.checkXml(input);
        long size = size(input);
        ImportResult result = new ImportResult();
        Integer[] collectionYear = {year};
        int[] seen = {0, 0}; // children, episodes before this child
        List<CinChild> batch = new ArrayList<>(BATCH);
        int children = CinXmlReader.stream(input, (data, bytes) -> {
            if (collectionYear[0] == null) collectionYear[0] = censusYear(data, input);
            CinChild child = read(data, input, seen, result);
            if (child != null && child.referralsOnly(worker)) {
                batch.add(child);
                if (batch.size() >= BATCH) write(batch, collectionYear[0], threshold, worker, result);
            } else if (child != null) {
                write(batch, collectionYear[0], threshold, worker, result); // keeps the file's order
                writeOne(child, collectionYear[0], threshold, worker, result);
            }
            progress.step(seen[0], bytes, size);
        });
        if (collectionYear[0] != null) write(batch, collectionYear[0], threshold, worker, result);
        progress.done(children, size);
        return result;
    }

    /**
     * A batch in one savepoint; when it fails (a write the modules refused that no check foresaw, a constraint),
     * it is undone and its children written again one at a time, so the refused one is reported and undone alone.
     */
    private void write(List<CinChild> batch, int collectionYear, double threshold, String worker, ImportResult result) {
        if (batch.isEmpty()) return;
        ImportResult counted = new ImportResult();
        try {
            tx.executeWithoutResult(s -> batches.write(batch, collectionYear, threshold, counted));
            result.merge(counted);
        } catch (RuntimeException e) {
            for (CinChild child : batch) writeOne(child, collectionYear, threshold, worker, result);
        }
        batch.clear();
    }

    /** The child's facts and episodes, or null (reported) when the child cannot be imported. */
    private static CinChild read(ReturnData data, Path input, int[] seen, ImportResult result) {
        Table ids = data.table("ChildIdentifiers").orElseThrow();
        Map<String, String> ethnicity = column(data.table("ChildCharacteristics").orElse(null), "Ethnicity");
        ReturnRows where = new ReturnRows(input, Map.of());
        CinEpisodes episodes = new CinEpisodes(data);
        int childRow = seen[0]++;
        int episodeRow = seen[1];
        seen[1] += episodes.details().size();
        ChildFacts child = child(ids, ethnicity, where.file(ids), childRow, result);
        if (child == null) return null;
        return new CinChild(child, episodes.of(child.laChildId()), where.file(episodes.details()), episodeRow);
    }

    /** One child, each episode in a savepoint of its own, through the modules' one-at-a-time APIs. */
    private void writeOne(CinChild child, int collectionYear, double threshold, String worker, ImportResult result) {
        for (CinEpisodes.Episode e : child.episodes()) {
            String key = child.key(e);
            ImportResult counted = new ImportResult();
            try {
                tx.executeWithoutResult(s -> {
                    long id = people.matchOrCreate(RETURN, collectionYear, child.facts(), threshold, counted);
                    if (ledger.has(RETURN, collectionYear, key)) {
                        counted.alreadyImported("CIN episodes");
                        return;
                    }
                    writer.write(id, e, worker, counted);
                    ledger.add(RETURN, collectionYear, key, id);
                    counted.added("CIN episodes");
                });
                result.merge(counted);
            } catch (InvalidInput ex) {
                result.problem(problem(child, e, ex.errors()));
            }
        }
    }

    static ImportProblem problem(CinChild child, CinEpisodes.Episode e, Map<String, String> errors) {
        return new ImportProblem(child.episodesFile(), child.line(e), String.join(",", errors.keySet()),
                "child " + child.facts().laChildId() + ": " + String.join("; ", errors.values()));
    }

    private static long size(Path input) {
        try {
            return java.nio.file.Files.size(input);
        } catch (java.io.IOException e) {
            throw new ReturnFileException(input.toString(), 0, 0, "cannot read file: " + e.getMessage());
        }
    }

    private static ChildFacts child(Table ids, Map<String, String> ethnicity, String file, int position, ImportResult result) {
        int r = 0;
        int line = position + 1;
        String id = ReturnRows.text(ids, r, "LAchildID");
        if (id == null) {
            result.problem(new ImportProblem(file, line, "LAchildID", "is blank"));
            return null;
        }
        var dob = Cells.date(ids.get(r, "PersonBirthDate"));
        if (dob == null) {
            result.problem(new ImportProblem(file, line, "PersonBirthDate", "is not a date"));
            return null;
        }
        String sexCode = ReturnRows.text(ids, r, "Sex") != null ? ReturnRows.text(ids, r, "Sex") : ReturnRows.text(ids, r, "GenderCurrent");
        var sex = ChildFacts.sex(sexCode);
        if (sex == null) {
            result.problem(new ImportProblem(file, line, "Sex", "is not 1, 2, 0 or 9"));
            return null;
        }
        String upn = ReturnRows.text(ids, r, "UPN");
        if (upn != null && !Upn.isValid(upn)) {
            result.problem(new ImportProblem(file, line, "UPN", "\"" + upn + "\" fails its check letter: imported without it"));
            upn = null;
        }
        return new ChildFacts(id, sex, dob, ethnicity.get(id), upn);
    }

    private static Map<String, String> column(Table t, String column) {
        Map<String, String> values = new java.util.HashMap<>();
        if (t == null) return values;
        for (int r = 0; r < t.size(); r++) {
            String id = ReturnRows.text(t, r, "LAchildID");
            if (id != null) values.put(id, ReturnRows.text(t, r, column));
        }
        return values;
    }

    /** The census's Header Year (its collection year), else the latest referral's year. */
    private static int censusYear(ReturnData data, Path input) {
        return data.table("Header").map(h -> h.size() > 0 ? Cells.integer(h.get(0, "Year")) : null)
                .orElseThrow(() -> new ReturnFileException(input.toString(), 0, 0, "no collection year: give --year"));
    }

}
