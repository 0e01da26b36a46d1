package org.kindred.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** ASYEs and their reviews. Bad input throws InvalidInput naming the field and changes nothing. */
public interface Asyes {
    /** The ASYE of an employment spell, if one was started. */
    Optional<Asye> ofStaff(long staffId);

    /** Every ASYE, for the forecast (the year's end) and the protected caseload. */
    List<Asye> all();

    Asye start(long staffId, LocalDate start);

    Asye recordReview(long staffId, AsyeReviewKind kind, LocalDate heldOn, AsyeOutcome outcome, String notes);
}
