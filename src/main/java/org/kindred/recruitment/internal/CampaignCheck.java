package org.kindred.recruitment.internal;

import java.math.BigDecimal;
import org.kindred.recruitment.NewCampaign;
import org.kindred.recruitment.NewVacancy;
import org.kindred.shared.Problems;

/** A campaign has a name, a leader who signs in to Kindred and dates in order; a vacancy a team, role and FTE. */
final class CampaignCheck {
    private CampaignCheck() {
    }

    static void check(NewCampaign c, boolean leaderKnown) {
        Problems problems = new Problems();
        problems.require("name", c.name(), "Enter the campaign's name");
        if (c.leader() == null || c.leader().isBlank()) problems.add("leader", "Select the senior leader who contacts every applicant");
        else if (!leaderKnown) problems.add("leader", "Select a leader who uses Kindred");
        if (c.opensOn() == null) problems.add("opensOn", "Enter the date the campaign opens");
        if (c.opensOn() != null && c.closesOn() != null && c.closesOn().isBefore(c.opensOn())) {
            problems.add("closesOn", "The campaign must close on or after the day it opens");
        }
        problems.throwIfAny();
    }

    static BigDecimal vacancy(NewVacancy v) {
        Problems problems = new Problems();
        problems.require("team", v.team(), "Select the team");
        problems.require("role", v.role(), "Enter the role, for example Social worker");
        BigDecimal fte = null;
        try {
            fte = v.fte() == null || v.fte().isBlank() ? null : new BigDecimal(v.fte().trim());
        } catch (NumberFormatException e) {
            problems.add("fte", "Enter the FTE as a number, for example 1 or 0.6");
        }
        if (fte == null) problems.add("fte", "Enter the FTE, for example 1 or 0.6");
        else if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.scale() > 2) {
            problems.add("fte", "The FTE must be more than 0 and at most 1, to two decimal places");
        }
        problems.throwIfAny();
        return fte;
    }
}
