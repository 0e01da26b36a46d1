package org.kindred.protection.web;

import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.protection.Conference;
import org.kindred.protection.Conferences;
import org.kindred.protection.NewConference;
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

/** Conferences: an initial one may make a plan, a review continues, re-categorises or ends it. Chairs only. */
@RestController
@RequestMapping(path = "/api/v1/conferences", produces = "application/json")
class ConferencesApi {
    private final Conferences conferences;

    ConferencesApi(Conferences conferences) { this.conferences = conferences; }

    @PostMapping(consumes = "application/json")
    @CanChair
    ResponseEntity<Conference> record(@RequestBody NewConference in) {
        Conference created = conferences.record(in);
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @CanReadCases
    Conference get(@PathVariable long id) {
        return conferences.find(id).orElseThrow(() -> new NotFound("Conference"));
    }

    @GetMapping
    @CanReadCases
    List<Conference> forChild(@RequestParam(required = false) Long childId) {
        return conferences.forChild(ChildIds.required(childId));
    }
}
