package org.kindred.protection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kindred.care.CareRecords;
import org.kindred.care.PeriodOfCare;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CinPlan;
import org.springframework.stereotype.Component;

/**
 * The child's status over time in one line: child in need plans, child protection plans and periods of being looked
 * after (from the care module's public API), oldest first.
 */
@Component
class StatusTimeline {
    private final CareRecords care;

    StatusTimeline(CareRecords care) { this.care = care; }

    /** A period in one status; {@code to} null while it continues. */
    record Period(String status, String code, LocalDate from, LocalDate to) {
        public boolean current() { return to == null; }
    }

    List<Period> of(long childId, List<ChildProtectionPlan> plans, List<CinPlan> cinPlans) {
        List<Period> periods = new ArrayList<>();
        for (CinPlan c : cinPlans) periods.add(new Period("Child in need plan", "CIN", c.startDate(), c.endDate()));
        for (ChildProtectionPlan p : plans) {
            LocalDate from = p.startDate() != null ? p.startDate() : p.icpcDate();
            periods.add(new Period("Child protection plan", "CP", from, p.endDate()));
        }
        for (PeriodOfCare lac : care.find(childId).periods()) {
            periods.add(new Period("Looked after", "LAC", lac.started(), lac.ended()));
        }
        periods.sort(Comparator.comparing(Period::from));
        return periods;
    }
}
