package org.kindred.protection;

import java.time.LocalDate;

/** The outcome of a section 47 enquiry as typed: {@link Section47Outcome} by name. */
public record Section47Result(String outcome, LocalDate outcomeOn, LocalDate childSeenOn) {
}
