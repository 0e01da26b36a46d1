package org.kindred.workforce.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.workforce.Asye;
import org.kindred.workforce.AsyeOutcome;
import org.kindred.workforce.AsyeReviewKind;
import org.kindred.workforce.Asyes;
import org.kindred.workforce.SupervisionRecord;
import org.kindred.workforce.Supervisions;
import org.kindred.workforce.WorkforceRoles.CanManageStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A member of staff's supervision and ASYE reviews as JSON; bad input is problem+json naming the field. */
@RestController
@RequiredArgsConstructor
class ProgressionApi {
    record NewSupervision(Long supervisorId, LocalDate heldOn, String notes) {
    }

    record NewReview(String review, LocalDate heldOn, String outcome, String notes) {
    }

    private final Supervisions supervisions;
    private final Asyes asyes;

    @GetMapping(path = "/api/v1/staff/{id}/supervision", produces = "application/json")
    @CanManageStaff
    List<SupervisionRecord> supervision(@PathVariable long id) {
        return supervisions.of(id);
    }

    @PostMapping(path = "/api/v1/staff/{id}/supervision", consumes = "application/json", produces = "application/json")
    @CanManageStaff
    ResponseEntity<SupervisionRecord> recordSupervision(@PathVariable long id, @RequestBody NewSupervision body) {
        if (body.supervisorId() == null) throw InvalidInput.of("supervisorId", "Give the supervisor's user id");
        SupervisionRecord r = supervisions.record(id, body.supervisorId(), body.heldOn(), body.notes());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/supervision")).body(r);
    }

    @GetMapping(path = "/api/v1/staff/{id}/asye", produces = "application/json")
    @CanManageStaff
    Asye asye(@PathVariable long id) {
        return asyes.ofStaff(id).orElseThrow(() -> new NotFound("ASYE of staff record " + id));
    }

    @PostMapping(path = "/api/v1/staff/{id}/asye/reviews", consumes = "application/json", produces = "application/json")
    @CanManageStaff
    ResponseEntity<Asye> recordReview(@PathVariable long id, @RequestBody NewReview body) {
        Asye a = asyes.recordReview(id, StaffForm.choice(AsyeReviewKind.class, body.review()), body.heldOn(),
                StaffForm.choice(AsyeOutcome.class, body.outcome()), body.notes());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/asye")).body(a);
    }
}
