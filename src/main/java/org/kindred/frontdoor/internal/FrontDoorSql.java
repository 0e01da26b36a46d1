package org.kindred.frontdoor.internal;

import java.util.Arrays;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.insight.Months;

/**
 * The front door's definitions that both its returns facts ({@link JdbcFrontDoorFacts}) and its insight measures
 * ({@link FrontDoorMeasures}) count with, so that a return and a chart cannot disagree on what a contact or a
 * re-referral is.
 */
final class FrontDoorSql {
    private FrontDoorSql() {
    }

    /** Contacts received (every contact, whatever was decided: Annex A list 1), alias {@code c}. */
    static final String CONTACTS = "contact c where c.deleted_at is null";

    /** The UK day a contact came in. */
    static final String CONTACT_DAY = "cast(c.received_at at time zone 'Europe/London' as date)";

    /** Referrals recorded (the CIN census's referrals), alias {@code r}. */
    static final String REFERRALS = "referral r where r.deleted_at is null";

    /**
     * The referral {@code r} is a re-referral: the same child had a referral within the 12 months up to its date,
     * recorded before it ({@link org.kindred.frontdoor.ReReferral}, the CIN census guide's definition, in SQL).
     */
    static final String RE_REFERRAL = """
            exists (select 1 from referral e where e.child_id = r.child_id and e.deleted_at is null and e.id <> r.id
                      and e.referral_date >= cast(r.referral_date - interval '12 months' as date)
                      and (e.referral_date < r.referral_date or (e.referral_date = r.referral_date and e.id < r.id)))""";

    /** Single assessments authorised, with their referral: alias {@code a} and {@code r}. */
    static final String ASSESSMENTS_AUTHORISED = """
            single_assessment a join referral r on r.id = a.referral_id and r.deleted_at is null
            where a.deleted_at is null and a.authorised_on is not null""";

    /**
     * Contacts {@code c} with {@code due.at}, when the decision fell due, as a UK local time
     * ({@link org.kindred.frontdoor.ContactDecisionDue} in SQL): the same time on the next working day, or the end of
     * the next working day for a contact received on a weekend or bank holiday. The next working day is the next
     * weekday, moved on past up to two bank holidays in a row (England's longest run of weekday holidays: Christmas
     * and Boxing Day, or their substitutes), one step per lateral so each is worked out once a row. Bind
     * {@code :bank_holidays}.
     */
    static final String CONTACTS_WITH_DUE = CONTACTS.replace("contact c where", "contact c"
            + " cross join lateral (select " + CONTACT_DAY + " as day) rd"
            + " cross join lateral (select " + Months.nextWeekday("rd.day") + " as day) n1"
            + " cross join lateral (select " + skipHoliday("n1.day") + " as day) n2"
            + " cross join lateral (select " + skipHoliday("n2.day") + " as day) n3"
            + " cross join lateral (select case when " + Months.isWorkingDay("rd.day") + " then n3.day"
            + " + cast(c.received_at at time zone 'Europe/London' as time) else cast(n3.day + 1 as timestamp) end as at) due"
            + " where");

    private static String skipHoliday(String day) {
        return "case when " + day + " = any(cast(:bank_holidays as date[])) then " + Months.nextWeekday(day) + " else "
                + day + " end";
    }

    /** The contact {@code c} was decided by the time it fell due ({@link #CONTACTS_WITH_DUE}). */
    static final String DECIDED_IN_TIME = "(c.decided_at at time zone 'Europe/London') <= due.at";

    /**
     * The child in need episode opened by referral {@code r} is still open at the end of {@code s.month_end}: no
     * authorised assessment of it closed it by then (the CIN census's CINclosureDate: an outcome with a
     * ReasonForClosure, {@link AssessmentOutcome#closureReason()}).
     */
    static final String CIN_OPEN_AT_MONTH_END = "r.referral_date <= s.month_end and not exists (select 1 from"
            + " single_assessment x where x.referral_id = r.id and x.deleted_at is null and x.authorised_on <= s.month_end"
            + " and x.outcome in (" + String.join(", ", Arrays.stream(AssessmentOutcome.values())
            .filter(o -> o.closureReason() != null).map(o -> "'" + o.name() + "'").toList()) + "))";
}
