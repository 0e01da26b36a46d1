package org.kindred.protection.web;

import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.PlanEnding;
import org.kindred.protection.ProtectionPlans;
import org.kindred.protection.ProtectionRoles.CanChair;
import org.kindred.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Child protection plans with their flags and next review date; ending one is for chairs. */
@RestController
@RequestMapping(path = "/api/v1/cp-plans", produces = "application/json")
class PlansApi {
    private final ProtectionPlans plans;

    PlansApi(ProtectionPlans plans) { this.plans = plans; }

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
}
