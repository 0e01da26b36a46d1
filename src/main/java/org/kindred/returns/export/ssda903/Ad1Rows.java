package org.kindred.returns.export.ssda903;

import java.util.List;
import java.util.Map;
import org.kindred.care.CareFacts.AdoptionFact;
import org.kindred.returns.export.ReturnSource.Rows;

/** AD1: the adoption details of children adopted in the year (an episode ceased E11 or E12 in it). */
final class Ad1Rows {
    private Ad1Rows() {
    }

    static void add(Cohort cohort, List<AdoptionFact> adoptions, Rows rows) {
        for (AdoptionFact a : adoptions) {
            if (!cohort.has(a.childId())) continue;
            Map<String, String> r = cohort.row(a.childId(), true);
            r.put("DATE_INT", Ssda903Codes.date(a.decided()));
            r.put("DATE_MATCH", Ssda903Codes.date(a.matched()));
            r.put("FOSTER_CARE", Ssda903Codes.flag(a.fosterCare()));
            r.put("NB_ADOPTR", Integer.toString(a.adopters()));
            r.put("SEX_ADOPTR", a.adoptersSex());
            r.put("LS_ADOPTR", a.adoptersLegalStatus());
            rows.add("AD1", r);
        }
    }
}
