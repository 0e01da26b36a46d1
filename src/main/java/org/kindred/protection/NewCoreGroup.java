package org.kindred.protection;

/** A core group meeting as typed: ISO dates; {@code nextDue} (optional) is when the plan sets the next meeting. */
public record NewCoreGroup(String heldOn, String attendees, String nextDue) {
}
