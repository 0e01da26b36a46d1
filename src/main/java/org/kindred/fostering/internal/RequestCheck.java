package org.kindred.fostering.internal;

import java.time.LocalDate;
import org.kindred.fostering.NewPlacementRequest;
import org.kindred.shared.Problems;

/** Checks a placement request's needs before it is stored. */
final class RequestCheck {
    private RequestCheck() {
    }

    static void validate(NewPlacementRequest r, LocalDate today, Problems p) {
        if (r.childId() == null) p.add("childId", "Enter the Kindred id of the child");
        if (r.siblings() != null && (r.siblings() < 0 || r.siblings() > 5)) p.add("siblings", "Enter 0 to 5 brothers and sisters to be placed together");
        if (r.maxKm() != null && (r.maxKm() < 1 || r.maxKm() > 500)) p.add("maxKm", "Enter a distance of 1 to 500 km");
        postcode("schoolPostcode", r.schoolPostcode(), p);
        postcode("familyPostcode", r.familyPostcode(), p);
        if (r.neededBy() != null && r.neededBy().isBefore(today.minusDays(7))) p.add("neededBy", "The date the placement is needed must not be in the past");
    }

    private static void postcode(String field, String value, Problems p) {
        if (value != null && !value.isBlank()
                && !value.trim().toUpperCase().matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            p.add(field, "Enter a full postcode, like ZY1 2AB");
        }
    }
}
