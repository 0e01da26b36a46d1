package org.kindred.fostering.demo;

import java.time.LocalDate;
import java.util.Random;
import org.kindred.fostering.ApprovalType;

/** Approved households with realistic terms: mostly mainstream for 2 children, some short breaks, emergency, parent and child. */
final class DemoHouseholds {
    static final String[] RELIGION = {"Christian", "Christian", "Christian", "None", "None", "None", "Muslim", "Hindu", "Sikh", "Jewish"};
    static final String[] CULTURE = {"White British", "White British", "White British", "White British", "Black Caribbean",
            "Black African", "Pakistani", "Indian", "Mixed White and Black Caribbean", "White Polish"};
    static final String[] OTHER_LANGUAGE = {"Polish", "Urdu", "Punjabi", "Romanian", "Arabic", "Somali"};
    static final String[] WORKERS = {"Sam Ward", "Jo Patel", "Alex Green", "Chris Obi", "Pat Nolan", "Robin Hale"};

    record Row(String name, String postcode, ApprovalType type, int ageMin, int ageMax, int places, LocalDate approved,
               String worker, LocalDate lastReview, LocalDate dbsRenewed, boolean emergency, boolean disability,
               boolean pets, Integer ownChild, String religion, String languages, String culture) {
    }

    private DemoHouseholds() {
    }

    static Row household(Random r, LocalDate today, String name, String postcode, LocalDate approved) {
        int t = r.nextInt(100);
        ApprovalType type = t < 76 ? ApprovalType.MAINSTREAM : t < 85 ? ApprovalType.SHORT_BREAKS
                : t < 90 ? ApprovalType.PARENT_AND_CHILD : t < 96 ? ApprovalType.EMERGENCY : ApprovalType.MAINSTREAM;
        int min = type == ApprovalType.PARENT_AND_CHILD ? 0 : r.nextInt(3) == 0 ? 0 : r.nextInt(11);
        int max = Math.min(17, min + 5 + r.nextInt(13));
        int places = type == ApprovalType.EMERGENCY ? 1 : r.nextInt(10) < 3 ? 1 : r.nextInt(10) < 8 ? 2 : 3;
        LocalDate review = approved.plusYears(1).isAfter(today) ? null : today.minusDays(r.nextInt(400));
        if (review != null && review.isBefore(approved)) review = approved;
        int culture = r.nextInt(CULTURE.length);
        String languages = culture == 9 ? "English, Polish" : r.nextInt(8) == 0
                ? "English, " + OTHER_LANGUAGE[r.nextInt(OTHER_LANGUAGE.length)] : "English";
        return new Row(name, postcode, type, min, max, places, approved, WORKERS[r.nextInt(WORKERS.length)], review,
                approved.plusYears(3).isBefore(today) ? today.minusDays(r.nextInt(900)) : null,
                type == ApprovalType.EMERGENCY || r.nextInt(5) == 0, r.nextInt(7) == 0, r.nextInt(10) < 4,
                r.nextInt(4) == 0 ? r.nextInt(17) : null, RELIGION[r.nextInt(RELIGION.length)], languages, CULTURE[culture]);
    }
}
