package org.kindred.protection.web;

import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.protection.CinPlan;
import org.kindred.protection.CinPlans;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Child in need plans: start {"childId":1,"startDate":"2026-04-01"}, review {"heldOn":"2026-07-01"}, end {"endDate":"2026-10-01","reason":"..."}. */
@RestController
@RequestMapping(path = "/api/v1/cin-plans", produces = "application/json")
class CinPlansApi {
    private final CinPlans plans;

    CinPlansApi(CinPlans plans) { this.plans = plans; }

    record Start(Long childId, LocalDate startDate) {
    }

    record Ending(LocalDate endDate, String reason) {
    }

    record Review(LocalDate heldOn) {
    }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<CinPlan> start(@RequestBody Start in) {
        CinPlan created = plans.start(in.childId(), in.startDate());
        return ResponseEntity.created(URI.create("/api/v1/cin-plans/" + created.id())).body(created);
    }

    @PostMapping(path = "/{id}/end", consumes = "application/json")
    @CanRecordCases
    CinPlan end(@PathVariable long id, @RequestBody Ending in) {
        return plans.end(id, in.endDate(), in.reason());
    }

    @PostMapping(path = "/{id}/reviews", consumes = "application/json")
    @CanRecordCases
    CinPlan review(@PathVariable long id, @RequestBody Review in) {
        return plans.review(id, in.heldOn());
    }

    @GetMapping("/{id}")
    @CanReadCases
    CinPlan get(@PathVariable long id) {
        return plans.find(id).orElseThrow(() -> new NotFound("Child in need plan"));
    }

    @GetMapping
    @CanReadCases
    List<CinPlan> forChild(@RequestParam(required = false) Long childId) {
        return plans.forChild(ChildIds.required(childId));
    }
}
