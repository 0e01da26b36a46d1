package org.kindred.frontdoor.web;

import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.frontdoor.Assessment;
import org.kindred.frontdoor.AssessmentSteps;
import org.kindred.frontdoor.Assessments;
import org.kindred.frontdoor.NewAssessment;
import org.kindred.frontdoor.Referral;
import org.kindred.frontdoor.Referrals;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals (made only by deciding a contact) and the single assessment started from each. */
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = "application/json")
@RequiredArgsConstructor
class ReferralsApi {
    private final Referrals referrals;
    private final Assessments assessments;

    @GetMapping("/{id}")
    @CanReadCases
    Referral get(@PathVariable long id) {
        return referrals.find(id).orElseThrow(() -> new NotFound("Referral"));
    }

    /** Starts the single assessment from the referral. */
    @PostMapping(path = "/{id}/assessment", consumes = "application/json")
    @CanRecordCases
    ResponseEntity<Assessment> startAssessment(@PathVariable long id, @RequestBody NewAssessment assessment) {
        Assessment started = assessments.start(id, assessment);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + id + "/assessment")).body(started);
    }

    /** The child seen, and seen alone: {"seenOn":"2026-11-20","seenAloneOn":"2026-11-20"}. */
    @PostMapping(path = "/{id}/assessment/child-seen", consumes = "application/json")
    @CanRecordCases
    Assessment childSeen(@PathVariable long id, @RequestBody AssessmentSteps.ChildSeen seen) {
        return assessments.recordChildSeen(id, seen);
    }

    /** Factors and outcome: {"factors":["3A","4B"],"outcome":"CHILD_IN_NEED_PLAN","completedOn":"2026-11-23"}. */
    @PostMapping(path = "/{id}/assessment/outcome", consumes = "application/json")
    @CanRecordCases
    Assessment outcome(@PathVariable long id, @RequestBody AssessmentSteps.Conclusion conclusion) {
        return assessments.conclude(id, conclusion);
    }

    /** A team manager's authorisation: {"authorisedOn":"2026-11-23"}; anyone else gets a field error. */
    @PostMapping(path = "/{id}/assessment/authorisation", consumes = "application/json")
    @CanRecordCases
    Assessment authorise(@PathVariable long id, @RequestBody AssessmentSteps.Authorisation authorisation) {
        return assessments.authorise(id, authorisation);
    }

    @GetMapping("/{id}/assessment")
    @CanReadCases
    Assessment assessment(@PathVariable long id) {
        return assessments.forReferral(id).orElseThrow(() -> new NotFound("Assessment"));
    }

    @GetMapping
    @CanReadCases
    List<Referral> forChild(@RequestParam(required = false) Long childId) {
        if (childId == null) {
            throw InvalidInput.of("childId", "Enter the child's Kindred id");
        }
        return referrals.forChild(childId);
    }
}
