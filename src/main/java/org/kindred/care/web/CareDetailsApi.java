package org.kindred.care.web;

import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.care.CareDetail;
import org.kindred.care.CareDetails.NewAdoption;
import org.kindred.care.CareDetails.NewAdoptionDecision;
import org.kindred.care.CareDetails.NewAdviser;
import org.kindred.care.CareDetails.NewCheck;
import org.kindred.care.CareDetails.NewFamilyContact;
import org.kindred.care.CareDetails.NewLeaverOutcome;
import org.kindred.care.CareDetails.NewOutcome;
import org.kindred.care.CareDetails.NewPreviousPermanence;
import org.kindred.care.CareDetails.NewUasc;
import org.kindred.care.CareDetails;
import org.kindred.care.CareRecord;
import org.kindred.care.CareRecords;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.care.Correction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health and education (OC2), UASC, leaving care (OC3), adoption (AD1, PlacedAdoption), previous permanence and
 * social worker episodes of a looked-after child; corrections of recorded events. Each POST answers the child's
 * details (or care record) as they now are.
 */
@RestController
@RequestMapping(path = "/api/v1/care/{childId}", produces = "application/json")
@RequiredArgsConstructor
class CareDetailsApi {
    private final CareDetails details;
    private final CareRecords care;

    @GetMapping("/details")
    @CanReadCases
    CareDetail get(@PathVariable long childId) { return details.find(childId); }

    @PostMapping(path = "/checks", consumes = "application/json")
    @CanRecordCare
    CareDetail check(@PathVariable long childId, @RequestBody NewCheck in) { return details.recordCheck(childId, in); }

    @PostMapping(path = "/outcomes", consumes = "application/json")
    @CanRecordCare
    CareDetail outcome(@PathVariable long childId, @RequestBody NewOutcome in) { return details.recordOutcome(childId, in); }

    @PostMapping(path = "/uasc", consumes = "application/json")
    @CanRecordCare
    CareDetail uasc(@PathVariable long childId, @RequestBody NewUasc in) { return details.recordUasc(childId, in); }

    @PostMapping(path = "/family-contacts", consumes = "application/json")
    @CanRecordCare
    CareDetail contact(@PathVariable long childId, @RequestBody NewFamilyContact in) {
        return details.recordFamilyContact(childId, in);
    }

    @PostMapping(path = "/adviser", consumes = "application/json")
    @CanRecordCare
    CareDetail adviser(@PathVariable long childId, @RequestBody NewAdviser in) { return details.recordAdviser(childId, in); }

    @PostMapping(path = "/leaver-outcomes", consumes = "application/json")
    @CanRecordCare
    CareDetail leaver(@PathVariable long childId, @RequestBody NewLeaverOutcome in) {
        return details.recordLeaverOutcome(childId, in);
    }

    @PostMapping(path = "/adoption", consumes = "application/json")
    @CanRecordCare
    CareDetail adoption(@PathVariable long childId, @RequestBody NewAdoption in) { return details.recordAdoption(childId, in); }

    @PostMapping(path = "/adoption-decisions", consumes = "application/json")
    @CanRecordCare
    CareDetail decision(@PathVariable long childId, @RequestBody NewAdoptionDecision in) {
        return details.recordAdoptionDecision(childId, in);
    }

    @PostMapping(path = "/previous-permanence", consumes = "application/json")
    @CanRecordCare
    CareDetail permanence(@PathVariable long childId, @RequestBody NewPreviousPermanence in) {
        return details.recordPreviousPermanence(childId, in);
    }

    /** Supersedes a recorded event with a reason and, optionally, the event as it should have been. */
    @PostMapping(path = "/events/{eventId}/correction", consumes = "application/json")
    @CanRecordCare
    CareRecord correct(@PathVariable long childId, @PathVariable long eventId, @RequestBody Correction in) {
        return care.correct(childId, eventId, in);
    }
}
