package org.kindred.frontdoor.internal;

import static org.kindred.frontdoor.internal.FrontDoorSql.ASSESSMENTS_AUTHORISED;
import static org.kindred.frontdoor.internal.FrontDoorSql.CONTACTS;
import static org.kindred.frontdoor.internal.FrontDoorSql.CONTACT_DAY;
import static org.kindred.frontdoor.internal.FrontDoorSql.REFERRALS;
import static org.kindred.frontdoor.internal.FrontDoorSql.RE_REFERRAL;
import static org.kindred.insight.Months.monthOf;
import static org.kindred.insight.Months.workingDaysAfter;

import org.kindred.frontdoor.AssessmentDue;
import org.kindred.insight.Measure;
import org.kindred.insight.MeasureKind;
import org.kindred.insight.SqlMeasure;
import org.kindred.insight.SqlMeasure.Definition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front door's measures for the insight pages, counted with the definitions its returns facts use. */
@Configuration
class FrontDoorMeasures {

    @Bean
    @Order(10)
    Measure contactsMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("frontdoor.contacts", "Contacts received",
                "Every contact received in the month, whatever was decided on it (Ofsted's Annex A list 1), by the day"
                        + " it came in (UK time).",
                MeasureKind.COUNT, "c.child_id",
                "select " + monthOf(CONTACT_DAY) + " as month, count(*) as n from " + CONTACTS
                        + " and " + CONTACT_DAY + " between :first and :last and {scope} group by 1",
                "select c.child_id, " + CONTACT_DAY + " as on_date, 'Contact: ' || coalesce(lower(replace(c.decision,"
                        + " '_', ' ')), 'no decision yet') as detail, true as counted from " + CONTACTS
                        + " and " + CONTACT_DAY + " between :first and :last and {scope} order by on_date, c.id"));
    }

    @Bean
    @Order(11)
    Measure reReferralsMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("frontdoor.re-referrals", "Re-referrals within 12 months",
                "Of the referrals dated in the month, the share that came within 12 months of a previous referral of"
                        + " the same child (DfE, children in need statistics: re-referrals).",
                MeasureKind.PERCENT, "r.child_id",
                "select " + monthOf("r.referral_date") + " as month, count(*) filter (where " + RE_REFERRAL
                        + ") as n, count(*) as base from " + REFERRALS
                        + " and r.referral_date between :first and :last and {scope} group by 1",
                "select r.child_id, r.referral_date as on_date, case when " + RE_REFERRAL
                        + " then 'Re-referral within 12 months' else 'Referral, none in the 12 months before' end"
                        + " as detail, " + RE_REFERRAL + " as counted from " + REFERRALS
                        + " and r.referral_date between :first and :last and {scope} order by on_date, r.id"));
    }

    @Bean
    @Order(12)
    Measure assessmentsInTimeMeasure(JdbcClient jdbc) {
        String inTime = workingDaysAfter("r.referral_date", "a.authorised_on") + " <= " + AssessmentDue.WORKING_DAYS;
        return new SqlMeasure(jdbc, new Definition("frontdoor.assessments-45", "Assessments within 45 working days",
                "Of the single assessments authorised in the month, the share authorised within 45 working days of"
                        + " the referral (Working Together 2023; DfE, children in need statistics).",
                MeasureKind.PERCENT, "r.child_id",
                "select " + monthOf("a.authorised_on") + " as month, count(*) filter (where " + inTime
                        + ") as n, count(*) as base from " + ASSESSMENTS_AUTHORISED
                        + " and a.authorised_on between :first and :last and {scope} group by 1",
                "select r.child_id, a.authorised_on as on_date, " + workingDaysAfter("r.referral_date", "a.authorised_on")
                        + " || ' working days from referral' as detail, " + inTime + " as counted from "
                        + ASSESSMENTS_AUTHORISED + " and a.authorised_on between :first and :last and {scope}"
                        + " order by on_date, a.id"));
    }

    @Bean
    @Order(13)
    Measure referralsMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("frontdoor.referrals", "Referrals",
                "Referrals dated in the month (the CIN census's referrals: CINreferralDate).",
                MeasureKind.COUNT, "r.child_id",
                "select " + monthOf("r.referral_date") + " as month, count(*) as n from " + REFERRALS
                        + " and r.referral_date between :first and :last and {scope} group by 1",
                "select r.child_id, r.referral_date as on_date, 'Referral' as detail, true as counted from "
                        + REFERRALS + " and r.referral_date between :first and :last and {scope}"
                        + " order by on_date, r.id"));
    }

    @Bean
    @Order(14)
    Measure contactsToReferralMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("frontdoor.contact-outcomes", "Contacts that became referrals",
                "Of the contacts decided in the month, the share decided as a referral (the others: information and"
                        + " advice, early help, no further action).",
                MeasureKind.PERCENT, "c.child_id",
                "select " + monthOf(DECISION_DAY) + " as month, count(*) filter (where c.decision = 'REFERRAL') as n,"
                        + " count(*) as base from " + CONTACTS + " and c.decided_at is not null and " + DECISION_DAY
                        + " between :first and :last and {scope} group by 1",
                "select c.child_id, " + DECISION_DAY + " as on_date, 'Decided: ' || lower(replace(c.decision, '_', ' '))"
                        + " as detail, c.decision = 'REFERRAL' as counted from " + CONTACTS
                        + " and c.decided_at is not null and " + DECISION_DAY + " between :first and :last and {scope}"
                        + " order by on_date, c.id"));
    }

    private static final String DECISION_DAY = "cast(c.decided_at at time zone 'Europe/London' as date)";
}
