package org.kindred.protection;

import java.time.LocalDate;

/**
 * A section 47 enquiry as typed, started from a strategy discussion that decided on one (the child is that
 * discussion's child). The outcome ({@link Section47Outcome} by name) and its date may
 * come later.
 */
public record NewSection47Enquiry(Long strategyDiscussionId, LocalDate startDate, LocalDate childSeenOn,
                                  String outcome, LocalDate outcomeOn) {
}
