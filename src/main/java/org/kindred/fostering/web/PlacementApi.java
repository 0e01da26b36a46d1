package org.kindred.fostering.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.kindred.fostering.FosteringRoles.CanFindPlacements;
import org.kindred.fostering.Matches;
import org.kindred.fostering.NewPlacementRequest;
import org.kindred.fostering.PlacementRequest;
import org.kindred.fostering.PlacementRequests;
import org.kindred.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Placement requests: raise one, read the ranked households with their reasons, record the choice or a search outside. */
@RestController
@RequestMapping(path = "/api/v1/placement-requests", produces = "application/json")
class PlacementApi {
    private final PlacementRequests requests;

    PlacementApi(PlacementRequests requests) { this.requests = requests; }

    @PostMapping(consumes = "application/json")
    @CanFindPlacements
    ResponseEntity<PlacementRequest> raise(@RequestBody NewPlacementRequest request) {
        PlacementRequest r = requests.raise(request);
        return ResponseEntity.created(URI.create("/api/v1/placement-requests/" + r.id())).body(r);
    }

    @GetMapping
    @CanFindPlacements
    List<PlacementRequest> open() {
        return requests.open(200);
    }

    @GetMapping("/{id}")
    @CanFindPlacements
    PlacementRequest get(@PathVariable long id) {
        return requests.find(id);
    }

    @GetMapping("/{id}/matches")
    @CanFindPlacements
    Matches matches(@PathVariable long id) {
        return requests.matches(id);
    }

    @PostMapping(path = "/{id}/choice", consumes = "application/json")
    @CanFindPlacements
    PlacementRequest choose(@PathVariable long id, @RequestBody Choice choice) {
        if (choice.householdId() == null) throw InvalidInput.of("householdId", "Give the chosen household's id");
        return requests.choose(id, choice.householdId(), choice.date());
    }

    @PostMapping(path = "/{id}/external-search", consumes = "application/json")
    @CanFindPlacements
    PlacementRequest external(@PathVariable long id, @RequestBody External external) {
        return requests.recordExternalSearch(id, external.kind(), external.outcome());
    }

    record Choice(Long householdId, LocalDate date) {
    }

    record External(String kind, String outcome) {
    }
}
