package org.kindred.person.web;

import lombok.RequiredArgsConstructor;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.person.PersonMerge;
import org.kindred.person.PersonMerges;
import org.kindred.person.PersonRoles.CanMerge;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Merge and unmerge for integrations (e.g. a clean-up after a migration from a legacy system). */
@RestController
@RequestMapping(path = "/api/v1/people", produces = "application/json")
@RequiredArgsConstructor
class MergesApi {
    private final PersonMerges merges;
    private final org.kindred.person.People people;

    /** {"survivorId": 1, "mergedId": 2, "reason": "..."} */
    record MergeRequest(Long survivorId, Long mergedId, String reason) {
    }

    @PostMapping(path = "/merges", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @CanMerge
    PersonMerge merge(@RequestBody MergeRequest request) {
        Problems p = new Problems();
        if (request.survivorId() == null) {
            p.add("survivorId", "Enter the record number of the record that stays");
        }
        if (request.mergedId() == null) {
            p.add("mergedId", "Enter the record number of the record merged into it");
        }
        p.throwIfAny();
        return merges.merge(request.survivorId(), request.mergedId(), request.reason());
    }

    @PostMapping("/merges/{mergeId}/unmerge")
    @CanMerge
    PersonMerge unmerge(@PathVariable long mergeId) {
        return merges.unmerge(mergeId);
    }

    /** The merge that took this record into another, 404 when it stands on its own. */
    @GetMapping("/{id}/merge")
    @CanReadCases
    PersonMerge mergedInto(@PathVariable long id) {
        people.find(id).orElseThrow(() -> new NotFound("Person"));
        return merges.mergedInto(id).orElseThrow(() -> new NotFound("Merge"));
    }
}
