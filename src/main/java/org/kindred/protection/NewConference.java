package org.kindred.protection;

import java.time.LocalDate;

/**
 * A conference as typed. An initial conference ({@code type} INITIAL) names its section 47 enquiry and decides PLAN
 * (with a {@code category}, {@link CategoryOfAbuse} by name or CIN code) or NO_PLAN. A review names its plan and
 * decides CONTINUE_PLAN (a category, if given, becomes the plan's latest) or END_PLAN (with {@code endReason}).
 */
public record NewConference(String type, Long section47Id, Long planId, LocalDate heldOn, String chair,
                            String attendees, String decision, String category, String endReason) {
}
