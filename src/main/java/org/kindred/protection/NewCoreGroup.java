package org.kindred.protection;

import java.time.LocalDate;

/** A core group meeting as typed; {@code nextDue} (optional) is when the plan sets the next meeting. */
public record NewCoreGroup(LocalDate heldOn, String attendees, LocalDate nextDue) {
}
