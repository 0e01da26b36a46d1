package org.kindred.fostering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.PlacementNeeds;
import org.kindred.fostering.Reason;

/**
 * The needs that are weighed rather than required: near school and near family (within the request's maximum
 * distance; nearer scores more), disability and health experience, religion, language, culture, and readiness for an
 * emergency. A need the request does not state is not weighed. A distance that cannot be worked out (an unknown
 * postcode) counts as not met and says so, rather than being guessed.
 */
final class SoftNeeds {
    static final int SCHOOL = 30;
    static final int FAMILY = 20;
    static final int DISABILITY = 15;
    static final int RELIGION = 10;
    static final int LANGUAGE = 10;
    static final int CULTURE = 10;
    static final int EMERGENCY = 10;

    private SoftNeeds() {
    }

    record Weighed(List<Reason> reasons, int score) {
        long unmet() { return reasons.stream().filter(r -> !r.met()).count(); }
    }

    static Weighed weigh(PlacementNeeds n, Candidate c, GridReference school, GridReference family) {
        List<Reason> reasons = new ArrayList<>();
        int score = 0;
        score += distance("Near school", n.schoolPostcode(), school, c, n.maxKm(), SCHOOL, reasons);
        score += distance("Near family", n.familyPostcode(), family, c, n.maxKm(), FAMILY, reasons);
        if (n.disability()) {
            score += add(reasons, "Disability and health", c.disabilityExperience(),
                    c.disabilityExperience() ? "Experienced in caring for disabled children" : "No recorded disability experience", DISABILITY);
        }
        if (stated(n.religion())) {
            boolean met = same(n.religion(), c.religion());
            score += add(reasons, "Religion", met, met ? "Shares the child's religion (" + n.religion() + ")"
                    : "Religion: " + orNone(c.religion()) + "; the child's is " + n.religion(), RELIGION);
        }
        if (stated(n.language())) {
            boolean met = speaks(c.languages(), n.language());
            score += add(reasons, "Language", met, met ? "Speaks " + n.language()
                    : "Does not speak " + n.language() + " (speaks " + orNone(c.languages()) + ")", LANGUAGE);
        }
        if (stated(n.culture())) {
            boolean met = same(n.culture(), c.culture());
            score += add(reasons, "Culture and heritage", met, met ? "Shares the child's heritage (" + n.culture() + ")"
                    : "Heritage: " + orNone(c.culture()) + "; the child's is " + n.culture(), CULTURE);
        }
        if (n.emergency()) {
            boolean met = c.acceptsEmergency() || c.type() == ApprovalType.EMERGENCY;
            score += add(reasons, "Emergency", met, met ? "Takes children in an emergency"
                    : "Does not take emergency placements", EMERGENCY);
        }
        return new Weighed(reasons, score);
    }

    private static int distance(String need, String postcode, GridReference from, Candidate c, int maxKm, int weight,
                                List<Reason> reasons) {
        if (!stated(postcode)) return 0;
        if (from == null || c.grid() == null) {
            reasons.add(new Reason(need, false, "Distance unknown (" + (from == null ? postcode : c.postcode())
                    + " not located)"));
            return 0;
        }
        double km = from.kmTo(c.grid());
        String text = String.format(Locale.ROOT, "%.1f km from %s (at most %d)", km, postcode, maxKm);
        if (km > maxKm) {
            reasons.add(new Reason(need, false, text));
            return 0;
        }
        reasons.add(new Reason(need, true, text));
        // Nearer scores more: half the weight for being within range, the rest by closeness.
        return weight / 2 + (int) Math.round((weight / 2.0) * (1 - km / Math.max(1, maxKm)));
    }

    private static int add(List<Reason> reasons, String need, boolean met, String detail, int weight) {
        reasons.add(new Reason(need, met, detail));
        return met ? weight : 0;
    }

    private static boolean stated(String s) { return s != null && !s.isBlank(); }

    private static boolean same(String a, String b) { return b != null && a.trim().equalsIgnoreCase(b.trim()); }

    private static boolean speaks(String languages, String language) {
        if (languages == null) return false;
        for (String l : languages.split(",")) if (l.trim().equalsIgnoreCase(language.trim())) return true;
        return false;
    }

    private static String orNone(String s) { return stated(s) ? s : "none recorded"; }
}
