package org.kindred.fostering.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.Enquiry;
import org.kindred.fostering.EnquiryStep;
import org.kindred.fostering.Step;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;

/** Checks a step against the enquiry: recorded in order, dated sensibly, with what the step needs. */
final class StepCheck {
    private StepCheck() {
    }

    static Step validate(Enquiry e, EnquiryStep in, LocalDate today) {
        Step step = parse(in.step());
        if (!e.nextSteps().contains(step)) {
            String why = e.stage().closed() ? "The enquiry is closed (" + e.stage().label() + ")"
                    : step.after() != null ? step.label() + " cannot be recorded now: " + e.nextSteps().get(0).label() + " comes next"
                    : step.label() + " cannot be recorded now";
            throw InvalidInput.of("step", why);
        }
        Problems p = new Problems();
        LocalDate latest = latest(e);
        if (in.date() == null) p.add("date", "Enter the date");
        else if (in.date().isAfter(today)) p.add("date", "The date must be today or in the past");
        else if (latest != null && in.date().isBefore(latest)) p.add("date", "The date must be on or after " + latest + ", the last step");
        switch (step) {
            case PANEL -> {
                String r = upper(in.recommendation());
                if (!"APPROVE".equals(r) && !"DO_NOT_APPROVE".equals(r)) p.add("recommendation", "Select the panel's recommendation");
            }
            case DECISION -> {
                if (in.approve() == null) p.add("approve", "Select the decision");
                else if (in.approve()) terms(in, p);
                else p.require("reason", in.reason(), "Give the reason for not approving");
                if (Boolean.TRUE.equals(in.approve()) && blank(e.postcode())) p.add("householdName", "The enquiry has no postcode: record the household's postcode first");
            }
            case WITHDRAW, REFUSE -> p.require("reason", in.reason(), "Give the reason");
            case TEMPORARY_APPROVAL -> {
                if (in.childId() == null) p.add("childId", "Enter the Kindred id of the child to be placed");
                p.require("householdName", in.householdName(), "Enter the household's name");
                if (blank(e.postcode())) p.add("householdName", "The enquiry has no postcode: record the household's postcode first");
            }
            default -> { }
        }
        p.throwIfAny();
        return step;
    }

    private static void terms(EnquiryStep in, Problems p) {
        ApprovalType type = null;
        try {
            type = in.approvalType() == null ? null : ApprovalType.valueOf(upper(in.approvalType()));
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        if (type == null) p.add("approvalType", "Select the type of fostering approved");
        if (in.ageMin() == null || in.ageMin() < 0 || in.ageMin() > 17) p.add("ageMin", "Enter the youngest age approved, 0 to 17");
        if (in.ageMax() == null || in.ageMax() < 0 || in.ageMax() > 17) p.add("ageMax", "Enter the oldest age approved, 0 to 17");
        else if (in.ageMin() != null && in.ageMax() < in.ageMin()) p.add("ageMax", "The oldest age must not be below the youngest");
        if (in.places() == null || in.places() < 1 || in.places() > 6) p.add("places", "Enter the number of children approved, 1 to 6");
        p.require("householdName", in.householdName(), "Enter the household's name, as carers will be known");
    }

    static Step parse(String s) {
        try {
            return Step.valueOf(upper(s));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInput.of("step", "Select a step from the list");
        }
    }

    private static LocalDate latest(Enquiry e) {
        LocalDate latest = e.receivedOn();
        for (LocalDate d : new LocalDate[] {e.firstResponseOn(), e.initialVisitOn(), e.applicationOn(), e.stageOneDecisionOn(),
                e.formFOn(), e.panelOn()}) {
            if (d != null && d.isAfter(latest)) latest = d;
        }
        return latest;
    }

    static String upper(String s) { return s == null ? null : s.trim().toUpperCase(Locale.ROOT); }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
