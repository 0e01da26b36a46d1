package org.kindred.returns.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kindred.person.Upn;
import org.kindred.returns.cin.CinXmlReader;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;
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

    CinImport(ImportPeople people, CinEpisodeWriter writer, ImportLedger ledger, PlatformTransactionManager tm) {
        this.people = people;
        this.writer = writer;
        this.ledger = ledger;
        // A savepoint inside the file's transaction (ReturnImports): a refused row is undone alone.
        this.tx = new TransactionTemplate(tm);
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
    }

    ImportResult run(Path input, Integer year, double threshold, String worker) {
        ReturnData data = CinXmlReader.read(input);
        Table ids = data.table("ChildIdentifiers").orElseThrow(() ->
                new ReturnFileException(input.toString(), 0, 0, "the census has no children"));
        int collectionYear = year != null ? year : censusYear(data, input);
        ReturnRows where = new ReturnRows(input, Map.of());
        Map<String, String> ethnicity = column(data.table("ChildCharacteristics").orElse(null), "Ethnicity");
        ImportResult result = new ImportResult();
        CinEpisodes episodes = new CinEpisodes(data);
        for (int r = 0; r < ids.size(); r++) {
            ChildFacts child = child(ids, r, ethnicity, where, result);
            if (child == null) continue;
            for (CinEpisodes.Episode e : episodes.of(child.laChildId())) {
                String key = "CINdetails|" + child.laChildId() + "|" + e.referralDate();
                ImportResult counted = new ImportResult();
                try {
                    tx.executeWithoutResult(s -> {
                        long id = people.matchOrCreate(RETURN, collectionYear, child, threshold, counted);
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
                    result.problem(where.problem(episodes.details(), e.row(), String.join(",", ex.errors().keySet()),
                            "child " + child.laChildId() + ": " + String.join("; ", ex.errors().values())));
                }
            }
        }
        return result;
    }

    private static ChildFacts child(Table ids, int r, Map<String, String> ethnicity, ReturnRows where, ImportResult result) {
        String id = ReturnRows.text(ids, r, "LAchildID");
        if (id == null) {
            result.problem(where.problem(ids, r, "LAchildID", "is blank"));
            return null;
        }
        var dob = Cells.date(ids.get(r, "PersonBirthDate"));
        if (dob == null) {
            result.problem(where.problem(ids, r, "PersonBirthDate", "is not a date"));
            return null;
        }
        String sexCode = ReturnRows.text(ids, r, "Sex") != null ? ReturnRows.text(ids, r, "Sex") : ReturnRows.text(ids, r, "GenderCurrent");
        var sex = ChildFacts.sex(sexCode);
        if (sex == null) {
            result.problem(where.problem(ids, r, "Sex", "is not 1, 2, 0 or 9"));
            return null;
        }
        String upn = ReturnRows.text(ids, r, "UPN");
        if (upn != null && !Upn.isValid(upn)) {
            result.problem(where.problem(ids, r, "UPN", "\"" + upn + "\" fails its check letter: imported without it"));
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
