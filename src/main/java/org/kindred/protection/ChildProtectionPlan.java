package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child protection plan with the flags and dates its rules give.
 *
 * @param startDate null for an unborn child, whose plan starts at birth ({@code startsAtBirth})
 * @param previousPlans the child's plans before this one (CIN census {@code NumberOfPreviousCPP})
 * @param repeatPlan the child had a plan before ({@link RepeatPlan})
 * @param secondWithinTwoYears a previous plan ended within two years before this one started ({@link RepeatPlan})
 * @param longPlan open (or lasted) two years or more ({@link LongPlan})
 * @param firstCoreGroupDue 10 working days after the ICPC ({@link FirstCoreGroupDue})
 * @param nextCoreGroupDue while open: the first core group until one is held, then as the latest meeting set
 * @param reviewDates review conferences held (CIN census {@code CPPreviewDate})
 * @param nextReviewDue while open: 3 months after the ICPC, then 6 months after the latest review
 */
public record ChildProtectionPlan(long id, long childId, LocalDate icpcDate, LocalDate startDate, boolean startsAtBirth,
                                  CategoryOfAbuse initialCategory, CategoryOfAbuse latestCategory, LocalDate endDate,
                                  String endReason, int previousPlans, boolean repeatPlan,
                                  boolean secondWithinTwoYears, boolean longPlan, LocalDate firstCoreGroupDue,
                                  LocalDate nextCoreGroupDue,
                                  List<LocalDate> reviewDates, LocalDate nextReviewDue, Instant createdAt,
                                  String createdBy) {

    public boolean open() { return endDate == null; }
}
