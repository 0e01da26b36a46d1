package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The CIN census rows turned into Annex A rows, list by list (see {@link CinAnnexA}). */
final class CinLists {
    private CinLists() {
    }

    static void referrals(Map<String, List<ReturnRow>> details, LocalDate from, LocalDate to, ChildColumns.Lookup lookup,
                          AnnexAContributor.Lists lists) {
        details.forEach((child, rows) -> rows.stream().filter(r -> ReturnRow.within(r.date("CINreferralDate"), from, to))
                .forEach(r -> lookup.row(child).ifPresent(row -> {
                    LocalDate date = r.date("CINreferralDate");
                    row.put("Date of referral", date);
                    row.put("Referral Source", AnnexACodes.source(r.text("ReferralSource")));
                    row.put("Referral NFA?", r.flag("ReferralNFA"));
                    // The child's other referrals in the 12 months before this one.
                    row.put("Number of Referrals in Last 12 Months", rows.stream().map(o -> o.date("CINreferralDate"))
                            .filter(d -> d != null && d.isBefore(date) && !d.isBefore(date.minusYears(1))).count());
                    lists.add(AnnexAList.LIST_3, row);
                })));
    }

    static void assessments(List<ReturnRow> assessments, Map<String, List<ReturnRow>> disabilities, LocalDate from,
                            LocalDate to, ChildColumns.Lookup lookup, AnnexAContributor.Lists lists) {
        for (ReturnRow r : assessments) {
            LocalDate start = r.date("AssessmentActualStartDate");
            LocalDate done = r.date("AssessmentAuthorisationDate");
            if (!ReturnRow.overlaps(start, done, from, to)) continue;
            lookup.row(r.child()).ifPresent(row -> {
                row.put("Does the Child have a Disability", disability(disabilities, r.child()));
                row.put("Continuous Assessment Start Date", start);
                row.put("Continuous Assessment Date of Authorisation", done);
                lists.add(AnnexAList.LIST_4, row);
            });
        }
    }

    static void section47(Map<String, List<ReturnRow>> enquiries, Map<String, List<ReturnRow>> plans,
                          Map<String, List<ReturnRow>> disabilities, LocalDate from, LocalDate to,
                          ChildColumns.Lookup lookup, AnnexAContributor.Lists lists) {
        enquiries.forEach((child, rows) -> rows.stream().filter(r -> ReturnRow.within(r.date("S47ActualStartDate"), from, to))
                .forEach(r -> lookup.row(child).ifPresent(row -> {
                    LocalDate icpc = r.date("DateOfInitialCPC");
                    row.put("Does the Child have a Disability", disability(disabilities, child));
                    // The census keeps the enquiry's start, not the strategy discussion's date.
                    row.put("Strategy discussion initiating Section 47 Enquiry Start Date", r.date("S47ActualStartDate"));
                    row.put("Was an Initial Child Protection Conference deemed unnecessary?", r.flag("ICPCnotRequired"));
                    row.put("Date of Initial Child Protection Conference", icpc);
                    row.put("Did the Initial Child Protection Conference Result in a Child Protection Plan", icpc == null ? null
                            : plans.getOrDefault(child, List.of()).stream().anyMatch(p -> icpc.equals(p.date("CPPstartDate"))));
                    row.put("Number of Section 47 Enquiries in the last 12 months", rows.stream()
                            .filter(o -> ReturnRow.within(o.date("S47ActualStartDate"), to.minusYears(1), to)).count());
                    row.put("Number of ICPCs in the last 12 months", rows.stream()
                            .filter(o -> ReturnRow.within(o.date("DateOfInitialCPC"), to.minusYears(1), to)).count());
                    lists.add(AnnexAList.LIST_5, row);
                })));
    }

    static void childrenInNeed(Map<String, List<ReturnRow>> details, ReturnTables.Tables cin,
                               Map<String, List<ReturnRow>> disabilities, LocalDate from, LocalDate to,
                               ChildColumns.Lookup lookup, AnnexAContributor.Lists lists) {
        Map<String, List<ReturnRow>> plans = cin.byChild("ChildProtectionPlans");
        Map<String, List<ReturnRow>> cinPlans = cin.byChild("CINplanDates");
        details.forEach((child, rows) -> rows.stream()
                .filter(r -> ReturnRow.overlaps(r.date("CINreferralDate"), r.date("CINclosureDate"), from, to))
                .forEach(r -> lookup.row(child).ifPresent(row -> {
                    row.put("Does the Child have a Disability", disability(disabilities, child));
                    row.put("CIN Start Date", r.date("CINreferralDate"));
                    row.put("Primary Need Code", AnnexACodes.need(r.text("PrimaryNeedCode")));
                    row.put("CIN Closure Date", r.date("CINclosureDate"));
                    row.put("Reason for Closure", closure(r.text("ReasonForClosure")));
                    row.put("Case Status", r.date("CINclosureDate") != null ? "e) Closed episode"
                            : open(plans.get(child), "CPPstartDate", "CPPendDate", to) ? "b) Child Protection plan"
                            : open(cinPlans.get(child), "CINPlanStartDate", "CINPlanEndDate", to) ? "c) Child in need plan"
                            : "d) Open assessment");
                    lists.add(AnnexAList.LIST_6, row);
                })));
    }

    static void plans(List<ReturnRow> plans, List<ReturnRow> reviews, Map<String, List<ReturnRow>> disabilities,
                      LocalDate from, LocalDate to, ChildColumns.Lookup lookup, AnnexAContributor.Lists lists) {
        for (ReturnRow p : plans) {
            if (!ReturnRow.overlaps(p.date("CPPstartDate"), p.date("CPPendDate"), from, to)) continue;
            lookup.row(p.child()).ifPresent(row -> {
                row.put("Does the Child have a Disability", disability(disabilities, p.child()));
                row.put("Child Protection Plan Start Date", p.date("CPPstartDate"));
                row.put("Initial Category of Abuse", AnnexACodes.abuse(p.text("InitialCategoryOfAbuse")));
                row.put("Latest Category of Abuse", AnnexACodes.abuse(p.text("LatestCategoryOfAbuse")));
                row.put("Date of latest review conference", reviews.stream()
                        .filter(r -> Objects.equals(r.child(), p.child()) && Objects.equals(r.text("CPPID"), p.text("CPPID")))
                        .map(r -> r.date("CPPreviewDate")).filter(d -> d != null && !d.isAfter(to))
                        .max(LocalDate::compareTo).orElse(null));
                row.put("Child Protection Plan End Date", p.date("CPPendDate"));
                String previous = p.text("NumberOfPreviousCPP");
                row.put("Number of Previous Child Protection Plans", previous == null ? null : Integer.valueOf(previous));
                lists.add(AnnexAList.LIST_7, row);
            });
        }
    }

    private static boolean open(List<ReturnRow> rows, String start, String end, LocalDate on) {
        return rows != null && rows.stream().anyMatch(r -> ReturnRow.overlaps(r.date(start), r.date(end), on, on)
                && r.date(end) == null);
    }

    /** Census disability codes; NONE (or no row) is no, no table at all is unknown. */
    private static String disability(Map<String, List<ReturnRow>> disabilities, String child) {
        if (disabilities.isEmpty()) return "c) Unknown";
        List<ReturnRow> rows = disabilities.getOrDefault(child, List.of());
        return AnnexACodes.yesNo(rows.stream().anyMatch(r -> r.text("Disability") != null && !r.text("Disability").equalsIgnoreCase("NONE")));
    }

    /** CIN census reasons for closure RC1 to RC9. */
    static String closure(String code) {
        if (code == null) return null;
        return switch (code.trim().toUpperCase()) {
            case "RC1" -> "a) Adopted";
            case "RC2" -> "b) Died";
            case "RC3" -> "c) Residence Order";
            case "RC4" -> "d) Special Guardianship Order";
            case "RC5" -> "e) Transfer to another LA";
            case "RC6" -> "f) Transfer to Adult Social Services";
            case "RC7" -> "g) 'Other' incl. Child no longer in need";
            case "RC8", "RC9" -> "h) Child not in need after assessment";
            default -> "i) Not Stated";
        };
    }
}
