package org.kindred.returns.export.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.protection.ProtectionFacts.CinPlanFact;
import org.kindred.returns.export.cin.UnderReferral.Pending;

/** CINplanDates: child in need plans open in the year, an end after 31 March left out. */
final class CinPlanRows {
    private CinPlanRows() {
    }

    static void add(List<CinPlanFact> plans, LocalDate end, List<Pending> pending) {
        for (CinPlanFact plan : plans) {
            Map<String, String> r = CinCodes.row(plan.childId());
            r.put("CINPlanStartDate", CinCodes.date(plan.started()));
            r.put("CINPlanEndDate", CinCodes.dateBy(plan.ended(), end));
            pending.add(new Pending("CINplanDates", plan.childId(), plan.started(), r));
        }
    }
}
