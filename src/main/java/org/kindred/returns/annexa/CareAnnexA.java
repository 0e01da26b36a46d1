package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.stereotype.Component;

/**
 * Lists 8 (children in care), 9 (care leavers) and 10 (adoption) from the SSDA903 tables the care module
 * contributes. Columns no module records yet (visits, IRO contact, health and dental checks, permanence plan,
 * personal adviser, pathway plans) stay blank.
 */
@Component
@RequiredArgsConstructor
class CareAnnexA implements AnnexAContributor {
    private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "T", "B", "U");
    private final ReturnTables returns;
    private final ChildColumns children;

    @Override
    public void contribute(LocalDate from, LocalDate to, Lists lists) {
        ReturnTables.Tables t = returns.collect(ReturnKind.SSDA903, from.minusYears(1), to);
        ChildColumns.Lookup lookup = children.lookup(to, t.children());
        Set<String> uasc = t.byChild("UASC").keySet();
        Map<String, List<ReturnRow>> reviews = t.byChild("Reviews");
        Map<String, List<ReturnRow>> missing = t.byChild("Missing");
        t.byChild("Episodes").forEach((child, episodes) -> {
            episodes.removeIf(e -> e.date("DECOM") == null);
            if (episodes.isEmpty()) return;
            episodes.sort(Comparator.comparing(e -> e.date("DECOM")));
            ReturnRow last = episodes.stream().filter(e -> !e.date("DECOM").isAfter(to)).reduce((a, b) -> b).orElse(null);
            if (last == null || !ReturnRow.overlaps(periodStart(episodes, last), last.date("DEC"), from, to)) return;
            lookup.row(child).ifPresent(row -> {
                inCare(row, episodes, last, from, to, uasc.contains(child));
                row.put("Date of Latest Statutory Review", latest(reviews.get(child), "REVIEW", to));
                row.put("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                        count(missing.get(child), "M", to));
                row.put("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
                        count(missing.get(child), "A", to));
                lists.add(AnnexAList.LIST_8, row);
                adoption(t, child, episodes, from, to, lookup, lists);
            });
        });
        for (ReturnRow r : t.of("OC3")) {
            lookup.row(r.child()).ifPresent(row -> {
                row.put("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", uasc.contains(r.child()));
                row.put("Does the Child have a Disability", "c) Unknown");
                row.put("LA in Touch", CareCodes.inTouch(r.text("IN_TOUCH")));
                row.put("Type of Accommodation", CareCodes.accommodation(r.text("ACCOM")));
                row.put("Suitability of Accommodation", CareCodes.suitability(r.text("ACCOM")));
                row.put("Activity Status", CareCodes.activity(r.text("ACTIV")));
                lists.add(AnnexAList.LIST_9, row);
            });
        }
    }

    private static void inCare(Map<String, Object> row, List<ReturnRow> episodes, ReturnRow last, LocalDate from,
                               LocalDate to, boolean uasc) {
        LocalDate started = periodStart(episodes, last);
        row.put("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", uasc);
        row.put("Does the Child have a Disability", "c) Unknown");
        row.put("Date Started to be Looked After", started);
        row.put("Child's Category of Need", AnnexACodes.need(last.text("CIN")));
        row.put("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                episodes.stream().anyMatch(e -> e.date("DEC") != null && !"X1".equals(e.text("REC"))
                        && e.date("DEC").isBefore(started) && !e.date("DEC").isBefore(started.minusYears(1))));
        row.put("Start date of current legal status", since(episodes, last, "LS"));
        row.put("Child's Legal Status", CareCodes.legalStatus(last.text("LS")));
        row.put("Number of Placements in the Last 12 months", episodes.stream()
                .filter(e -> NEW_PLACEMENT.contains(e.text("RNE")) && ReturnRow.within(e.date("DECOM"), to.minusYears(1), to)).count());
        boolean ceased = last.date("DEC") != null && !last.date("DEC").isAfter(to) && !"X1".equals(last.text("REC"));
        row.put("Date Ceased to be Looked After", ceased ? last.date("DEC") : null);
        row.put("Reason Ceased to be Looked After", ceased ? CareCodes.reasonCeased(last.text("REC")) : null);
        row.put("Start Date of Most Recent Placement", episodes.stream().filter(e -> !e.date("DECOM").isAfter(to)
                && NEW_PLACEMENT.contains(e.text("RNE"))).map(e -> e.date("DECOM")).reduce((a, b) -> b).orElse(started));
        row.put("Placement Type", CareCodes.placementType(last.text("PLACE")));
        row.put("Placement Provider", CareCodes.provider(last.text("PLACE_PROVIDER")));
        row.put("Placement postcode", last.text("PL_POST"));
        row.put("URN of Placement", last.text("URN"));
    }

    /** The start of the period of care the episode belongs to: back to the last episode started S. */
    static LocalDate periodStart(List<ReturnRow> episodes, ReturnRow episode) {
        LocalDate start = episode.date("DECOM");
        for (ReturnRow e : episodes) {
            if (e.date("DECOM").isAfter(episode.date("DECOM"))) break;
            if ("S".equals(e.text("RNE"))) start = e.date("DECOM");
        }
        return start;
    }

    /** When the value of the column last changed, walking back through episodes that follow each other. */
    private static LocalDate since(List<ReturnRow> episodes, ReturnRow last, String column) {
        int i = episodes.indexOf(last);
        LocalDate since = last.date("DECOM");
        while (i > 0 && "X1".equals(episodes.get(i - 1).text("REC"))
                && java.util.Objects.equals(episodes.get(i - 1).text(column), last.text(column))) {
            since = episodes.get(--i).date("DECOM");
        }
        return since;
    }

    private static LocalDate latest(List<ReturnRow> rows, String column, LocalDate to) {
        return rows == null ? null : rows.stream().map(r -> r.date(column)).filter(d -> d != null && !d.isAfter(to))
                .max(LocalDate::compareTo).orElse(null);
    }

    private static long count(List<ReturnRow> rows, String kind, LocalDate to) {
        return rows == null ? 0 : rows.stream().filter(r -> kind.equals(r.text("MISSING"))
                && ReturnRow.within(r.date("MIS_START"), to.minusYears(1), to)).count();
    }

    /** List 10: children with an adoption decision (AD1) or placed for adoption. */
    private static void adoption(ReturnTables.Tables t, String child, List<ReturnRow> episodes, LocalDate from,
                                 LocalDate to, ChildColumns.Lookup lookup, Lists lists) {
        ReturnRow ad1 = t.byChild("AD1").getOrDefault(child, List.of()).stream().findFirst().orElse(null);
        ReturnRow placed = t.byChild("PlacedAdoption").getOrDefault(child, List.of()).stream().findFirst().orElse(null);
        if (ad1 == null && placed == null) return;
        lookup.row(child).ifPresent(row -> {
            row.put("Does the Child have a Disability", "c) Unknown");
            row.put("Date the Child Entered Care", episodes.stream().filter(e -> "S".equals(e.text("RNE")))
                    .map(e -> e.date("DECOM")).reduce((a, b) -> b).orElse(episodes.get(0).date("DECOM")));
            row.put("Date of Decision that Child Should be Placed for Adoption", ad1 == null ? null : ad1.date("DATE_INT"));
            row.put("Date of Placement Order", episodes.stream().filter(e -> "E1".equals(e.text("LS")))
                    .map(e -> e.date("DECOM")).findFirst().orElse(null));
            row.put("Date of Matching Child and Prospective Adopters", ad1 == null ? null : ad1.date("DATE_MATCH"));
            row.put("Date Placed for Adoption", placed == null ? null : placed.date("DATE_PLACED"));
            row.put("Date of Adoption Order", episodes.stream().filter(e -> "E11".equals(e.text("REC")) || "E12".equals(e.text("REC")))
                    .map(e -> e.date("DEC")).filter(java.util.Objects::nonNull).findFirst().orElse(null));
            row.put("Date of Decision that Child Should No Longer be Placed for Adoption",
                    placed == null ? null : placed.date("DATE_PLACED_CEASED"));
            row.put("Reason Why Child No Longer Placed for Adoption", placed == null ? null : noLongerPlaced(placed.text("REASON_PLACED_CEASED")));
            lists.add(AnnexAList.LIST_10, row);
        });
    }

    /** SSDA903 REASON_PLACED_CEASED E1 to E4 (the 2026 spec's codes; others are left blank). */
    static String noLongerPlaced(String code) {
        if (code == null) return null;
        return switch (code.trim().toUpperCase()) {
            case "E1" -> "a) Child’s needs changed";
            case "E2" -> "b) Court did not make a PO";
            case "E3" -> "c) Prospective adopters cannot be found";
            case "E4" -> "d) Any other reason";
            default -> null;
        };
    }
}
