package org.kindred.returns.export.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.ProtectionFacts.PlanFact;
import org.kindred.returns.export.cin.UnderReferral.Pending;

/**
 * ChildProtectionPlans (CPPID = the plan's id) open in the year, an end after 31 March left out, with their review
 * conferences held in the year as Reviews.
 */
final class ProtectionPlanRows {
    private ProtectionPlanRows() {
    }

    static void add(List<PlanFact> plans, LocalDate end, List<Pending> pending) {
        for (PlanFact plan : plans) {
            String id = Long.toString(plan.id());
            Map<String, String> r = CinCodes.row(plan.childId());
            r.put("CPPID", id);
            r.put("CPPstartDate", CinCodes.date(plan.started()));
            r.put("CPPendDate", CinCodes.dateBy(plan.ended(), end));
            r.put("InitialCategoryOfAbuse", code(plan.initialCategory()));
            r.put("LatestCategoryOfAbuse", code(plan.latestCategory()));
            r.put("NumberOfPreviousCPP", Integer.toString(plan.previousPlans()));
            pending.add(new Pending("ChildProtectionPlans", plan.childId(), plan.started(), r));
            for (LocalDate review : plan.reviewsHeld()) {
                Map<String, String> rv = CinCodes.row(plan.childId());
                rv.put("CPPID", id);
                rv.put("CPPreviewDate", CinCodes.date(review));
                pending.add(new Pending("Reviews", plan.childId(), plan.started(), rv));
            }
        }
    }

    private static String code(CategoryOfAbuse category) { return category == null ? null : category.code(); }
}
