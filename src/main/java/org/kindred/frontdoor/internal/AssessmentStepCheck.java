package org.kindred.frontdoor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.kindred.frontdoor.Assessment;
import org.kindred.frontdoor.AssessmentFactor;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.frontdoor.AssessmentSteps;
import org.kindred.shared.Problems;

/** Checks the later steps of a single assessment; every refusal is a field error and nothing is changed. */
final class AssessmentStepCheck {
    private AssessmentStepCheck() {
    }

    record Seen(LocalDate seenOn, LocalDate seenAloneOn) {
    }

    record Concluded(List<String> factors, AssessmentOutcome outcome, LocalDate completedOn) {
    }

    static Seen seen(Assessment a, AssessmentSteps.ChildSeen in, LocalDate today) {
        Problems p = new Problems();
        LocalDate seen = day(p, "seenOn", in.seenOn(), "The date the child was seen", a, today);
        LocalDate alone = day(p, "seenAloneOn", in.seenAloneOn(), "The date the child was seen alone", a, today);
        if (seen != null && a.seenOn() != null) p.add("seenOn", "The date the child was seen is already recorded");
        if (alone != null && a.seenAloneOn() != null) {
            p.add("seenAloneOn", "The date the child was seen alone is already recorded");
        }
        LocalDate seenAt = seen != null ? seen : a.seenOn();
        if (seen == null && alone == null && !p.has("seenOn") && !p.has("seenAloneOn")) {
            p.add("seenOn", "Enter the date the child was seen");
        } else if (alone != null && seenAt == null && !p.has("seenOn")) {
            p.add("seenOn", "Enter the date the child was seen: a child seen alone was seen");
        } else if (alone != null && seenAt != null && alone.isBefore(seenAt)) {
            p.add("seenAloneOn", "The child cannot be seen alone before being seen");
        }
        p.throwIfAny();
        return new Seen(seen, alone);
    }

    static Concluded conclusion(Assessment a, AssessmentSteps.Conclusion in, LocalDate today) {
        Problems p = new Problems();
        if (a.outcome() != null) p.add("outcome", "The outcome of this assessment is already recorded");
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(in.factors() == null ? List.of() : in.factors()));
        codes.removeIf(c -> c == null || c.isBlank());
        List<String> factors = new ArrayList<>();
        for (String c : codes) {
            AssessmentFactor.fromCode(c).ifPresentOrElse(f -> factors.add(f.code()),
                    () -> p.add("factors", "Select factors from the list (" + c.trim() + " is not a census code)"));
        }
        if (factors.isEmpty()) p.add("factors", "Select the factors identified, or \"No factors identified\"");
        else if (factors.contains(AssessmentFactor.NO_FACTORS) && factors.size() > 1) {
            p.add("factors", "\"No factors identified\" cannot be selected with other factors");
        }
        AssessmentOutcome outcome = AssessmentOutcome.fromName(in.outcome()).orElse(null);
        if (outcome == null) p.add("outcome", "Select the outcome of the assessment");
        LocalDate completed = day(p, "completedOn", in.completedOn(), "The completion date", a, today);
        if (completed == null) p.add("completedOn", "Enter the date the assessment was completed");
        else if (a.seenOn() != null && completed.isBefore(a.seenOn())) {
            p.add("completedOn", "The completion date must be on or after the day the child was seen");
        }
        p.throwIfAny();
        return new Concluded(factors, outcome, completed);
    }

    static LocalDate authorisation(Assessment a, AssessmentSteps.Authorisation in, boolean manager, LocalDate today) {
        Problems p = new Problems();
        if (!manager) p.add("authorisedOn", "Only a team manager can authorise an assessment");
        else if (a.outcome() == null) p.add("authorisedOn", "Record the outcome before authorising the assessment");
        else if (a.authorisedOn() != null) p.add("authorisedOn", "This assessment has already been authorised");
        LocalDate on = day(p, "authorisedOn", in.authorisedOn(), "The authorisation date", a, today);
        if (on == null) p.add("authorisedOn", "Enter the date the assessment was authorised");
        else if (a.completedOn() != null && on.isBefore(a.completedOn())) {
            p.add("authorisedOn", "The authorisation date must be on or after the completion date");
        }
        p.throwIfAny();
        return on;
    }

    /** A typed day: real, not in the future, not before the assessment started; null when blank. */
    private static LocalDate day(Problems p, String field, LocalDate d, String label, Assessment a, LocalDate today) {
        if (d != null && d.isAfter(today)) p.add(field, label + " must be today or in the past");
        else if (d != null && d.isBefore(a.startDate())) p.add(field, label + " must be on or after the start of the assessment");
        return p.has(field) ? null : d;
    }
}
