package org.kindred.protection;

/** The outcome of a section 47 enquiry as typed: {@link Section47Outcome} by name, ISO dates. */
public record Section47Result(String outcome, String outcomeOn, String childSeenOn) {
}
