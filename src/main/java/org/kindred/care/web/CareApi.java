package org.kindred.care.web;

import java.net.URI;
import java.time.LocalDate;
import org.kindred.access.CaseRoles.CanReadCases;
import org.kindred.care.CareRecord;
import org.kindred.care.CareRecords;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.care.CareRoles.CanRecordReviews;
import org.kindred.care.MissingEpisode;
import org.kindred.care.NewCareEvent;
import org.kindred.care.NewMissingEpisode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A looked-after child's care: record events, reviews, visits and missing episodes; read the SSDA903 episodes. */
@RestController
@RequestMapping(path = "/api/v1/care/{childId}", produces = "application/json")
class CareApi {
    private final CareRecords care;

    CareApi(CareRecords care) { this.care = care; }

    @GetMapping
    @CanReadCases
    CareRecord get(@PathVariable long childId) {
        return care.find(childId);
    }

    @PostMapping(path = "/events", consumes = "application/json")
    @CanRecordCare
    ResponseEntity<CareRecord> record(@PathVariable long childId, @RequestBody NewCareEvent event) {
        return created(childId, care.record(childId, event));
    }

    @PostMapping(path = "/reviews", consumes = "application/json")
    @CanRecordReviews
    ResponseEntity<CareRecord> review(@PathVariable long childId, @RequestBody Held held) {
        return created(childId, care.recordReview(childId, held.date(), held.participation()));
    }

    @PostMapping(path = "/visits", consumes = "application/json")
    @CanRecordCare
    ResponseEntity<CareRecord> visit(@PathVariable long childId, @RequestBody Held held) {
        return created(childId, care.recordVisit(childId, held.date()));
    }

    @PostMapping(path = "/missing", consumes = "application/json")
    @CanRecordCare
    ResponseEntity<MissingEpisode> missing(@PathVariable long childId, @RequestBody NewMissingEpisode episode) {
        return ResponseEntity.created(URI.create("/api/v1/care/" + childId)).body(care.recordMissing(childId, episode));
    }

    /** Records the child's return or the return home interview offer on an episode already recorded. */
    @PostMapping(path = "/missing/{missingId}", consumes = "application/json")
    @CanRecordCare
    MissingEpisode updateMissing(@PathVariable long childId, @PathVariable long missingId,
                                 @RequestBody NewMissingEpisode episode) {
        return care.updateMissing(childId, missingId, episode);
    }

    private static ResponseEntity<CareRecord> created(long childId, CareRecord record) {
        return ResponseEntity.created(URI.create("/api/v1/care/" + childId)).body(record);
    }

    /** The date a review was held or a visit made; for a review, the child's participation code (PN1 to PN7). */
    record Held(LocalDate date, String participation) {
    }
}
