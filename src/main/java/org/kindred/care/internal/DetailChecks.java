package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.care.CareDetails.NewAdoption;
import org.kindred.care.CareDetails.NewAdoptionDecision;
import org.kindred.care.CareDetails.NewLeaverOutcome;
import org.kindred.care.CareDetails.NewOutcome;
import org.kindred.care.CareDetails.NewPreviousPermanence;
import org.kindred.care.Coded;
import org.kindred.care.LeaverAccommodation;
import org.kindred.care.LeaverActivity;
import org.kindred.care.LeaverInTouch;
import org.kindred.shared.Problems;

/** Field checks for the SSDA903 facts, following the DfE validator's rules so the return is right first time. */
final class DetailChecks {
    static final Set<String> SDQ_REASONS = Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");
    static final Set<String> ADOPTERS_SEX = Set.of("M1", "F1", "MM", "FF", "MF");
    static final Set<String> ADOPTERS_LS = Set.of("L0", "L11", "L12", "L2", "L3", "L4");
    static final Set<String> PREV_PERM = Set.of("P1", "P2", "P3", "P4", "Z1");
    static final Set<String> RD = Set.of("RD1", "RD2", "RD3", "RD4");

    private DetailChecks() {
    }

    static void date(Problems p, String field, LocalDate d, LocalDate today, String what) {
        if (d == null) p.add(field, "Enter the date of the " + what);
        else if (d.isAfter(today)) p.add(field, "The date must be today or in the past");
    }

    static void outcome(NewOutcome o, Problems p) {
        if (o.year() == null || o.year() < 2000 || o.year() > 2100) p.add("year", "Enter the year the return ends (for example 2027)");
        if (o.sdqScore() != null && (o.sdqScore() < 0 || o.sdqScore() > 40)) p.add("sdqScore", "The SDQ score is from 0 to 40");
        if (o.sdqScore() != null && o.sdqReason() != null) p.add("sdqReason", "Give a reason only when there is no SDQ score");
        if (o.sdqReason() != null && !SDQ_REASONS.contains(o.sdqReason())) p.add("sdqReason", "Choose a reason SDQ1 to SDQ5");
        if (o.immunisations() == null) p.add("immunisations", "Say whether immunisations are up to date");
        if (o.substanceMisuse() == null) p.add("substanceMisuse", "Say whether a substance misuse problem was identified");
        if (Boolean.TRUE.equals(o.substanceMisuse())) {
            if (o.interventionReceived() == null) p.add("interventionReceived", "Say whether an intervention was received");
            else if (o.interventionReceived() && o.interventionOffered() != null) {
                p.add("interventionOffered", "Leave 'offered' blank when an intervention was received");
            } else if (!o.interventionReceived() && o.interventionOffered() == null) {
                p.add("interventionOffered", "Say whether an intervention was offered");
            }
        } else if (o.interventionReceived() != null || o.interventionOffered() != null) {
            p.add("interventionReceived", "Interventions are recorded only for a substance misuse problem");
        }
    }

    static void leaverOutcome(NewLeaverOutcome o, Problems p) {
        if (o.age() == null || o.age() < 17 || o.age() > 21) p.add("age", "Choose the birthday, 17 to 21");
        LeaverInTouch touch = Coded.fromCode(LeaverInTouch.class, o.inTouch()).orElse(null);
        if (touch == null) p.add("inTouch", "Choose whether the authority is in touch");
        LeaverActivity act = Coded.fromCode(LeaverActivity.class, o.activity()).orElse(null);
        LeaverAccommodation acc = Coded.fromCode(LeaverAccommodation.class, o.accommodation()).orElse(null);
        if (act == null) p.add("activity", "Choose the main activity");
        if (acc == null) p.add("accommodation", "Choose the accommodation");
        if (touch != null && act != null && acc != null) {
            boolean unknown = act == LeaverActivity.NONE || acc == LeaverAccommodation.NONE;
            if (touch.activityKnown() && unknown) p.add("activity", "In touch: give the activity and accommodation");
            if (!touch.activityKnown() && touch != LeaverInTouch.NO && !unknown) {
                p.add("activity", "Activity and accommodation are 0 (not known) when the young person died, refused or returned home");
            }
        }
        if (o.age() != null && o.age() < 18 && acc != null && acc.code().startsWith("T")) {
            p.add("accommodation", "Care leavers under 18 cannot be accommodated in a foyer");
        }
    }

    static void adoption(NewAdoption a, LocalDate today, Problems p) {
        date(p, "dateShouldBePlaced", a.dateShouldBePlaced(), today, "decision that the child should be placed for adoption");
        date(p, "dateMatched", a.dateMatched(), today, "match with the adopters");
        if (a.dateShouldBePlaced() != null && a.dateMatched() != null && a.dateMatched().isBefore(a.dateShouldBePlaced())) {
            p.add("dateMatched", "The match must be on or after the decision");
        }
        if (a.fosterCarers() == null) p.add("fosterCarers", "Say whether the adopters were the child's foster carers");
        if (a.adopters() == null || (a.adopters() != 1 && a.adopters() != 2)) p.add("adopters", "Enter 1 or 2 adopters");
        if (!ADOPTERS_SEX.contains(String.valueOf(a.adoptersSex()))) p.add("adoptersSex", "Choose the adopters' sex (M1, F1, MM, FF, MF)");
        else if (a.adopters() != null && (a.adopters() == 2) != (a.adoptersSex().length() == 2 && !a.adoptersSex().endsWith("1"))) {
            p.add("adoptersSex", "The adopters' sex must match the number of adopters");
        }
        if (!ADOPTERS_LS.contains(String.valueOf(a.adoptersLegalStatus()))) {
            p.add("adoptersLegalStatus", "Choose the adopters' legal status (L0, L11, L12, L2, L3, L4)");
        }
    }

    static void decision(NewAdoptionDecision d, LocalDate today, Problems p) {
        date(p, "decided", d.decided(), today, "decision");
        if (d.ceased() != null && d.ceased().isAfter(today)) p.add("ceased", "The date must be today or in the past");
        if (d.ceased() != null && d.decided() != null && d.ceased().isBefore(d.decided())) p.add("ceased", "The decision cannot cease before it was made");
        if ((d.ceased() == null) != (d.reasonCeased() == null)) p.add("reasonCeased", "Give both the date and the reason the decision ceased, or neither");
        if (d.reasonCeased() != null && !RD.contains(d.reasonCeased())) p.add("reasonCeased", "Choose a reason RD1 to RD4");
    }

    static void permanence(NewPreviousPermanence pp, Problems p) {
        if (pp.periodStart() == null) p.add("periodStart", "Enter the date the period of care started");
        if (!PREV_PERM.contains(String.valueOf(pp.previousPermanence()))) p.add("previousPermanence", "Choose P1 to P4, or Z1 for none");
        if ("Z1".equals(pp.previousPermanence()) && (pp.localAuthority() != null || pp.orderDate() != null)) {
            p.add("localAuthority", "Leave the authority and order date blank when there was no previous permanence");
        }
    }
}
