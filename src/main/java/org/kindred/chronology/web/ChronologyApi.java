package org.kindred.chronology.web;

import java.net.URI;
import java.util.List;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.access.CaseRoles.CanRecordCases;
import org.kindred.chronology.Chronology;
import org.kindred.chronology.ChronologyItem;
import org.kindred.chronology.NewChronologyEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A child's chronology: read it (newest first, optionally one category) and add an entry written by hand. */
@RestController
@RequestMapping(path = "/api/v1/children/{childId}/chronology", produces = "application/json")
class ChronologyApi {
    private final Chronology chronology;

    ChronologyApi(Chronology chronology) { this.chronology = chronology; }

    @GetMapping
    @CanReadCases
    List<ChronologyItem> list(@PathVariable long childId, @RequestParam(required = false) String category) {
        return chronology.forChild(childId, category);
    }

    @PostMapping(consumes = "application/json")
    @CanRecordCases
    ResponseEntity<ChronologyItem> add(@PathVariable long childId, @RequestBody NewChronologyEntry entry) {
        ChronologyItem item = chronology.add(childId, entry);
        return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/chronology")).body(item);
    }

    /** Strikes out a hand-written entry as wrong: {"reason": "..."}; the entry stays, marked. */
    @PostMapping(path = "/{entryId}/strike-out", consumes = "application/json")
    @CanRecordCases
    ChronologyItem strikeOut(@PathVariable long childId, @PathVariable long entryId,
                             @RequestBody java.util.Map<String, String> body) {
        return chronology.strikeOut(childId, entryId, body.get("reason"));
    }
}
