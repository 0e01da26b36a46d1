package org.kindred.returns.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/** A CIN census's episodes (CINdetails) with the assessments, plans and enquiries under each. */
final class CinEpisodes {
    record Assessment(LocalDate start, LocalDate authorised) {
    }

    record Plan(LocalDate start, LocalDate end) {
    }

    record Enquiry(LocalDate start, LocalDate icpc, boolean icpcNotRequired) {
    }

    record ProtectionPlan(LocalDate start, LocalDate end, String initialCategory, String latestCategory) {
    }

    record Episode(int row, LocalDate referralDate, String source, String primaryNeed, List<Assessment> assessments,
                   List<Plan> cinPlans, List<Enquiry> enquiries, List<ProtectionPlan> plans) {
    }

    private final ReturnData data;
    private final Table details;

    CinEpisodes(ReturnData data) {
        this.data = data;
        this.details = data.table("CINdetails").orElse(new Table("CINdetails", List.of("LAchildID"), List.of()));
    }

    Table details() { return details; }

    List<Episode> of(String child) {
        List<Episode> episodes = new ArrayList<>();
        for (int r : details.rowsWhere("LAchildID", child)) {
            LocalDate referral = Cells.date(details.get(r, "CINreferralDate"));
            if (referral == null) continue;
            String id = details.get(r, "CINdetailsID");
            episodes.add(new Episode(r, referral, details.get(r, "ReferralSource"), details.get(r, "PrimaryNeedCode"),
                    rows("Assessments", child, id).stream().map(t -> new Assessment(date(t, "AssessmentActualStartDate"),
                            date(t, "AssessmentAuthorisationDate"))).filter(a -> a.start() != null).toList(),
                    rows("CINplanDates", child, id).stream().map(t -> new Plan(date(t, "CINPlanStartDate"),
                            date(t, "CINPlanEndDate"))).filter(p -> p.start() != null).toList(),
                    rows("Section47", child, id).stream().map(t -> new Enquiry(date(t, "S47ActualStartDate"),
                            date(t, "DateOfInitialCPC"), flag(t, "ICPCnotRequired"))).filter(s -> s.start() != null).toList(),
                    rows("ChildProtectionPlans", child, id).stream().map(t -> new ProtectionPlan(date(t, "CPPstartDate"),
                            date(t, "CPPendDate"), t.get("InitialCategoryOfAbuse"), t.get("LatestCategoryOfAbuse")))
                            .filter(p -> p.start() != null).toList()));
        }
        return episodes;
    }

    /** The rows of a table under one episode, as column-to-cell maps. */
    private List<java.util.Map<String, String>> rows(String table, String child, String detailsId) {
        Table t = data.table(table).orElse(null);
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        if (t == null) return rows;
        for (int r : t.rowsWhere("LAchildID", child)) {
            if (!Objects.equals(t.get(r, "CINdetailsID"), detailsId)) continue;
            java.util.Map<String, String> row = new java.util.HashMap<>();
            for (String c : t.columns()) row.put(c, t.get(r, c));
            rows.add(row);
        }
        return rows;
    }

    private static LocalDate date(java.util.Map<String, String> row, String column) { return Cells.date(row.get(column)); }

    private static boolean flag(java.util.Map<String, String> row, String column) {
        String v = row.get(column);
        return v != null && (v.trim().equals("1") || v.trim().equalsIgnoreCase("true"));
    }
}
