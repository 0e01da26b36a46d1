package org.kindred.allocation.web;

import java.net.URI;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.allocation.Allocation;
import org.kindred.allocation.AllocationRoles.CanAllocate;
import org.kindred.allocation.Allocations;
import org.kindred.allocation.ChildAllocations;
import org.kindred.allocation.NewAllocation;
import org.kindred.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A child's allocated worker and its history; team managers allocate. */
@RestController
@RequestMapping(path = "/api/v1/children/{childId}/allocations", produces = "application/json")
class AllocationsApi {
    private final Allocations allocations;

    AllocationsApi(Allocations allocations) { this.allocations = allocations; }

    @PostMapping(consumes = "application/json")
    @CanAllocate
    ResponseEntity<Allocation> allocate(@PathVariable long childId, @RequestBody NewAllocation allocation) {
        Allocation made = allocations.allocate(childId, allocation);
        return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/allocations")).body(made);
    }

    @GetMapping
    @CanReadCases
    ChildAllocations history(@PathVariable long childId) {
        return allocations.forChild(childId).orElseThrow(() -> new NotFound("Child"));
    }
}
