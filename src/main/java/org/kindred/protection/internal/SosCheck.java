package org.kindred.protection.internal;

import org.kindred.frontdoor.Assessments;
import org.kindred.protection.Conferences;
import org.kindred.protection.NewSosMapping;
import org.kindred.shared.Problems;

/** The checks of a Signs of Safety mapping: what it belongs to (and so the child), its five texts and the scale. */
final class SosCheck {
    private SosCheck() {
    }

    /** The child of the assessment or conference the mapping belongs to; null (and a field error) otherwise. */
    static Long child(Problems p, NewSosMapping in, Assessments assessments, Conferences conferences) {
        if ((in.assessmentId() == null) == (in.conferenceId() == null)) {
            p.add("attachTo", "Select the assessment or the conference the mapping belongs to");
            return null;
        }
        Long child = in.assessmentId() != null
                ? assessments.find(in.assessmentId()).map(a -> a.childId()).orElse(null)
                : conferences.find(in.conferenceId()).map(c -> c.childId()).orElse(null);
        if (child == null) p.add("attachTo", "There is no such assessment or conference");
        return child;
    }

    /** Requires the five texts; returns the scale 0 to 10, or null with a field error. */
    static Integer text(Problems p, NewSosMapping in) {
        p.require("worries", in.worries(), "Enter what we are worried about");
        p.require("workingWell", in.workingWell(), "Enter what is working well");
        p.require("needsToHappen", in.needsToHappen(), "Enter what needs to happen");
        p.require("dangerStatements", in.dangerStatements(), "Enter the danger statements");
        p.require("safetyGoals", in.safetyGoals(), "Enter the safety goals");
        try {
            int s = Integer.parseInt(in.scaling() == null ? "" : in.scaling().trim());
            if (s >= 0 && s <= 10) return s;
        } catch (NumberFormatException e) {
            // reported below
        }
        p.add("scaling", "Enter a whole number from 0 to 10");
        return null;
    }
}
