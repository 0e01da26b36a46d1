package org.kindred.recruitment.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.kindred.recruitment.Applicant;
import org.kindred.recruitment.ApplicantStep;
import org.kindred.recruitment.Stage;
import org.kindred.shared.Problems;

/**
 * An applicant moves one stage at a time (applied, contacted, shortlisted, interviewed, offered, started), or is
 * withdrawn with a reason at any point before starting; a step is dated on or after the last, and not in the future.
 */
final class StepCheck {
    record Checked(Stage stage, LocalDate on, String reason) {
    }

    private StepCheck() {
    }

    static Checked check(Applicant a, ApplicantStep step, LocalDate today) {
        Problems problems = new Problems();
        Stage stage = stage(step.stage(), problems);
        LocalDate on = step.on() == null ? today : step.on();
        if (a.stage() == Stage.STARTED || a.stage() == Stage.WITHDRAWN) {
            problems.add("stage", "This applicant has " + (a.stage() == Stage.STARTED ? "started" : "withdrawn") + ": nothing follows");
        } else if (stage != null && stage != Stage.WITHDRAWN && stage != a.stage().next()) {
            problems.add("stage", "The next step for this applicant is " + a.stage().next().label().toLowerCase(Locale.UK));
        }
        String reason = step.reason() == null ? "" : step.reason().strip();
        if (stage == Stage.WITHDRAWN && reason.isEmpty()) problems.add("reason", "Enter why the applicant withdrew");
        if (on != null && on.isAfter(today)) problems.add("on", "The date must be today or in the past");
        if (on != null && on.isBefore(last(a))) problems.add("on", "The date must be on or after the last step, " + last(a));
        problems.throwIfAny();
        return new Checked(stage, on, stage == Stage.WITHDRAWN ? reason : null);
    }

    private static Stage stage(String text, Problems problems) {
        try {
            if (text != null && !text.isBlank()) return Stage.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("stage", "Select the step");
        return null;
    }

    static LocalDate last(Applicant a) {
        LocalDate last = a.appliedOn();
        for (LocalDate d : new LocalDate[] {a.contactedOn(), a.shortlistedOn(), a.interviewedOn(), a.offeredOn()}) {
            if (d != null && d.isAfter(last)) last = d;
        }
        return last;
    }
}
