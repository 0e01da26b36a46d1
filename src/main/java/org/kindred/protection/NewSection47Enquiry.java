package org.kindred.protection;

/**
 * A section 47 enquiry as typed, started from a strategy discussion that decided on one (the child is that
 * discussion's child). Dates are ISO (yyyy-mm-dd); the outcome ({@link Section47Outcome} by name) and its date may
 * come later.
 */
public record NewSection47Enquiry(Long strategyDiscussionId, String startDate, String childSeenOn, String outcome,
                                  String outcomeOn) {
}
