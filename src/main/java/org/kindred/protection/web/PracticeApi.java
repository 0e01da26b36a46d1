package org.kindred.protection.web;

import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.protection.FgcReferral;
import org.kindred.protection.NewSosMapping;
import org.kindred.protection.PracticeModels;
import org.kindred.protection.SosMapping;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practice models: POST /api/v1/signs-of-safety {"assessmentId":1 or "conferenceId":1, "mappedOn", "worries",
 * "workingWell", "needsToHappen", "dangerStatements", "safetyGoals", "scaling":"4"}; POST
 * /api/v1/family-group-conferences {"childId","referredOn","reason"}, then /{id}/outcome {"outcome","outcomeOn"}.
 */
@RestController
class PracticeApi {
    private final PracticeModels practice;

    PracticeApi(PracticeModels practice) { this.practice = practice; }

    @PostMapping(path = "/api/v1/signs-of-safety", consumes = "application/json", produces = "application/json")
    @CanRecordCases
    ResponseEntity<SosMapping> map(@RequestBody NewSosMapping in) {
        SosMapping m = practice.map(in);
        return ResponseEntity.created(URI.create("/api/v1/signs-of-safety/" + m.id())).body(m);
    }

    @GetMapping(path = "/api/v1/signs-of-safety/{id}", produces = "application/json")
    @CanReadCases
    SosMapping mapping(@PathVariable long id) {
        return practice.findMapping(id).orElseThrow(() -> new NotFound("Signs of Safety mapping"));
    }

    @GetMapping(path = "/api/v1/signs-of-safety", produces = "application/json")
    @CanReadCases
    List<SosMapping> mappings(@RequestParam(required = false) Long childId) {
        return practice.mappingsFor(ChildIds.required(childId));
    }

    record Referral(Long childId, LocalDate referredOn, String reason) {
    }

    record Outcome(String outcome, LocalDate outcomeOn) {
    }

    @PostMapping(path = "/api/v1/family-group-conferences", consumes = "application/json", produces = "application/json")
    @CanRecordCases
    ResponseEntity<FgcReferral> refer(@RequestBody Referral in) {
        FgcReferral r = practice.refer(in.childId(), in.referredOn(), in.reason());
        return ResponseEntity.created(URI.create("/api/v1/family-group-conferences?childId=" + r.childId())).body(r);
    }

    @PostMapping(path = "/api/v1/family-group-conferences/{id}/outcome", consumes = "application/json",
            produces = "application/json")
    @CanRecordCases
    FgcReferral outcome(@PathVariable long id, @RequestBody Outcome in) {
        return practice.recordOutcome(id, in.outcome(), in.outcomeOn());
    }

    @GetMapping(path = "/api/v1/family-group-conferences", produces = "application/json")
    @CanReadCases
    List<FgcReferral> referrals(@RequestParam(required = false) Long childId) {
        return practice.familyGroupConferencesFor(ChildIds.required(childId));
    }
}
