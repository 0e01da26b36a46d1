package org.kindred.care.web;

import org.kindred.care.CareEventKind;
import org.kindred.care.CategoryOfNeed;
import org.kindred.care.LegalStatus;
import org.kindred.care.PlacementChangeReason;
import org.kindred.care.PlacementProvider;
import org.kindred.care.PlacementType;
import org.kindred.care.ReasonCeased;
import org.springframework.ui.Model;

/** The SSDA903 code lists the care event fields (care/fields :: event) choose from. */
final class EventCodes {
    private EventCodes() {
    }

    static void addTo(Model model) {
        model.addAttribute("kinds", CareEventKind.values());
        model.addAttribute("legalStatuses", LegalStatus.values());
        model.addAttribute("needs", CategoryOfNeed.values());
        model.addAttribute("placementTypes", PlacementType.values());
        model.addAttribute("providers", PlacementProvider.values());
        model.addAttribute("changeReasons", PlacementChangeReason.values());
        model.addAttribute("ceasedReasons", ReasonCeased.values());
    }
}
