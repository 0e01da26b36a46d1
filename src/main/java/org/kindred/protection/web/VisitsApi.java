package org.kindred.protection.web;

import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.protection.CpVisit;
import org.kindred.protection.CpVisits;
import org.kindred.protection.NewVisit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Visits to a child on a plan: {"visitedOn":"2026-05-01","seen":"true","seenAlone":"false","visitedBy":"..."}. */
@RestController
@RequestMapping(path = "/api/v1/cp-plans/{planId}/visits", produces = "application/json")
class VisitsApi {
    private final CpVisits visits;

    VisitsApi(CpVisits visits) { this.visits = visits; }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<CpVisit> record(@PathVariable long planId, @RequestBody NewVisit visit) {
        CpVisit created = visits.record(planId, visit);
        return ResponseEntity.created(URI.create("/api/v1/cp-plans/" + planId + "/visits")).body(created);
    }

    @GetMapping
    @CanReadCases
    List<CpVisit> forPlan(@PathVariable long planId) {
        return visits.forPlan(planId);
    }
}
