package org.kindred.returns.annexa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.returns.validation.ReturnKind;
import org.springframework.stereotype.Component;

/**
 * Lists 3 (referrals), 4 (assessments), 5 (section 47 enquiries), 6 (children in need) and 7 (child protection
 * plans) from the CIN census tables that front door and protection contribute. Allocated team and worker stay blank
 * until allocation offers them; so do the columns no module records yet (child seen, emergency protection orders).
 */
@Component
@RequiredArgsConstructor
class CinAnnexA implements AnnexAContributor {
    private final ReturnTables returns;
    private final ChildColumns children;

    @Override
    public void contribute(LocalDate from, LocalDate to, Lists lists) {
        ReturnTables.Tables cin = returns.collect(ReturnKind.CIN, from.minusYears(1), to);
        ChildColumns.Lookup lookup = children.lookup(to, cin.children());
        Map<String, List<ReturnRow>> details = cin.byChild("CINdetails");
        Map<String, List<ReturnRow>> disabilities = cin.byChild("Disabilities");
        CinLists.referrals(details, from, to, lookup, lists);
        CinLists.assessments(cin.of("Assessments"), disabilities, from, to, lookup, lists);
        CinLists.section47(cin.byChild("Section47"), cin.byChild("ChildProtectionPlans"), disabilities, from, to, lookup, lists);
        CinLists.childrenInNeed(details, cin, disabilities, from, to, lookup, lists);
        CinLists.plans(cin.of("ChildProtectionPlans"), cin.of("Reviews"), disabilities, from, to, lookup, lists);
    }
}
