package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import java.time.Period;
import org.kindred.earlyhelp.Intervention;
import org.kindred.shared.Problems;

/**
 * Who a service is for: the child's age on the referral date must be within the service's range (MST: 11 to 17,
 * MST Services' eligibility), so a referral outside it is refused rather than left to be declined later.
 */
final class ReferralCheck {
    private ReferralCheck() {
    }

    static void eligible(Problems p, Intervention service, LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on == null) return;
        int age = Period.between(dateOfBirth, on).getYears();
        if (age < service.minAge() || age > service.maxAge()) {
            p.add("childId", service.title() + " is for children aged " + service.minAge() + " to " + service.maxAge()
                    + "; this child is " + age);
        }
    }

    /** A goal score 0 to 10, as Signs of Safety scales are. */
    static void score(Problems p, String field, Integer score, String label) {
        if (score == null) p.add(field, "Enter the " + label + " from 0 to 10");
        else if (score < 0 || score > 10) p.add(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " must be from 0 to 10");
    }
}
