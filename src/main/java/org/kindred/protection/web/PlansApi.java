package org.kindred.protection.web;

import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CoreGroup;
import org.kindred.protection.CoreGroups;
import org.kindred.protection.NewCoreGroup;
import org.kindred.protection.PlanEnding;
import org.kindred.protection.ProtectionPlans;
import org.kindred.protection.ProtectionRoles.CanChair;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Child protection plans with their flags, next review and core group dates; ending one is for chairs. */
@RestController
@RequestMapping(path = "/api/v1/cp-plans", produces = "application/json")
@RequiredArgsConstructor
class PlansApi {
    private final ProtectionPlans plans;
    private final CoreGroups coreGroups;

    @GetMapping("/{id}")
    @CanReadCases
    ChildProtectionPlan get(@PathVariable long id) {
        return plans.find(id).orElseThrow(() -> new NotFound("Child protection plan"));
    }

    @GetMapping
    @CanReadCases
    List<ChildProtectionPlan> forChild(@RequestParam(required = false) Long childId) {
        return plans.forChild(ChildIds.required(childId));
    }

    @PostMapping(path = "/{id}/end", consumes = "application/json")
    @CanChair
    ChildProtectionPlan end(@PathVariable long id, @RequestBody PlanEnding ending) {
        return plans.end(id, ending);
    }

    @PostMapping(path = "/{id}/core-groups", consumes = "application/json")
    @CanRecordCases
    ResponseEntity<CoreGroup> recordCoreGroup(@PathVariable long id, @RequestBody NewCoreGroup meeting) {
        CoreGroup created = coreGroups.record(id, meeting);
        return ResponseEntity.created(URI.create("/api/v1/cp-plans/" + id + "/core-groups")).body(created);
    }

    @GetMapping("/{id}/core-groups")
    @CanReadCases
    List<CoreGroup> coreGroups(@PathVariable long id) {
        return coreGroups.forPlan(id);
    }
}
