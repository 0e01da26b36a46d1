package org.kindred.returns.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.person.Sex;
import org.kindred.person.Upn;
import org.kindred.returns.validation.Table;

/** Reads the SSDA903 tables an import needs, reporting each malformed cell with its file, line and column. */
final class Ssda903Files {
    private Ssda903Files() {
    }

    /** The child on a Header row, or null (reported) when the row cannot identify one. */
    static ChildFacts child(Table header, int r, ReturnRows where, ImportResult result) {
        String id = ReturnRows.text(header, r, "CHILD");
        if (id == null) {
            result.problem(where.problem(header, r, "CHILD", "is blank"));
            return null;
        }
        LocalDate dob;
        try {
            dob = ReturnRows.date(header, r, "DOB");
        } catch (HistoryProblem p) {
            result.problem(where.problem(header, r, "DOB", p.getMessage()));
            return null;
        }
        if (dob == null) {
            result.problem(where.problem(header, r, "DOB", "is blank"));
            return null;
        }
        Sex sex = ChildFacts.sex(ReturnRows.text(header, r, "SEX"));
        if (sex == null) {
            result.problem(where.problem(header, r, "SEX", "is not 1 (male) or 2 (female)"));
            return null;
        }
        String upn = ReturnRows.text(header, r, "UPN");
        if (upn != null && !Upn.isValid(upn)) {
            // The child is still imported; the register keeps no UPN rather than a wrong one.
            result.problem(where.problem(header, r, "UPN", "\"" + upn + "\" fails its check letter: imported without it"));
            upn = null;
        }
        return new ChildFacts(id, sex, dob, ReturnRows.text(header, r, "ETHNIC"), upn);
    }

    /** Episodes by child; a row with a date that is not one is reported and its child's other rows kept out too. */
    static Map<String, List<FileEpisode>> episodes(Table t, ReturnRows where, ImportResult result) {
        Map<String, List<FileEpisode>> byChild = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            String child = ReturnRows.text(t, r, "CHILD");
            if (child == null) {
                result.problem(where.problem(t, r, "CHILD", "is blank"));
                continue;
            }
            try {
                LocalDate decom = ReturnRows.date(t, r, "DECOM");
                if (decom == null) throw new HistoryProblem(r, "DECOM", "is blank");
                LocalDate dec = ReturnRows.date(t, r, "DEC");
                byChild.computeIfAbsent(child, c -> new ArrayList<>()).add(new FileEpisode(where.line(r), decom,
                        ReturnRows.text(t, r, "RNE"), ReturnRows.text(t, r, "LS"), ReturnRows.text(t, r, "CIN"),
                        ReturnRows.text(t, r, "PLACE"), ReturnRows.text(t, r, "PLACE_PROVIDER"),
                        ReturnRows.text(t, r, "PL_POST"), dec, dec == null ? null : ReturnRows.text(t, r, "REC"),
                        ReturnRows.text(t, r, "REASON_PLACE_CHANGE")));
            } catch (HistoryProblem p) {
                result.problem(where.problem(t, r, p.column(), p.getMessage()));
                broken.add(child);
            }
        }
        broken.forEach(byChild::remove);
        return byChild;
    }

    /** The collection year holding the latest date in the episodes: April to March, named for the March. */
    static int collectionYear(Map<String, List<FileEpisode>> episodes) {
        LocalDate latest = episodes.values().stream().flatMap(List::stream)
                .flatMap(e -> e.dec() == null ? java.util.stream.Stream.of(e.decom()) : java.util.stream.Stream.of(e.decom(), e.dec()))
                .max(LocalDate::compareTo).orElse(LocalDate.now());
        return latest.getMonthValue() >= 4 ? latest.getYear() + 1 : latest.getYear();
    }

    static Map<String, List<Integer>> rowsByChild(Table t) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        if (t == null) return rows;
        for (int r = 0; r < t.size(); r++) {
            String child = ReturnRows.text(t, r, "CHILD");
            if (child != null) rows.computeIfAbsent(child, c -> new ArrayList<>()).add(r);
        }
        return rows;
    }
}
