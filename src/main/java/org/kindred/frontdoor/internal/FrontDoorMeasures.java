package org.kindred.frontdoor.internal;

import static org.kindred.frontdoor.internal.FrontDoorSql.ASSESSMENTS_AUTHORISED;
import static org.kindred.frontdoor.internal.FrontDoorSql.CONTACTS;
import static org.kindred.frontdoor.internal.FrontDoorSql.CIN_OPEN_AT_MONTH_END;
import static org.kindred.frontdoor.internal.FrontDoorSql.CONTACT_DAY;
import static org.kindred.frontdoor.internal.FrontDoorSql.DECIDED_IN_TIME;
import static org.kindred.frontdoor.internal.FrontDoorSql.CONTACTS_WITH_DUE;
import static org.kindred.frontdoor.internal.FrontDoorSql.REFERRALS;
import static org.kindred.frontdoor.internal.FrontDoorSql.RE_REFERRAL;
import static org.kindred.insight.Months.SERIES;
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
@Configuration(proxyBeanMethods = false)
class FrontDoorMeasures {
    private static final String DECISION_DAY = "cast(c.decided_at at time zone 'Europe/London' as date)";

    @Bean
    @Order(10)
    Measure contactsMeasure(JdbcClient jdbc) {
        return SqlMeasure.events(jdbc, "frontdoor.contacts", "Contacts received",
                "Every contact received in the month, whatever was decided on it (Ofsted's Annex A list 1), by the day"
                        + " it came in (UK time).", "c.child_id", CONTACTS, CONTACT_DAY,
                "'Contact: ' || coalesce(lower(replace(c.decision, '_', ' ')), 'no decision yet')", "c.id");
    }

    @Bean
    @Order(11)
    Measure reReferralsMeasure(JdbcClient jdbc) {
        return SqlMeasure.share(jdbc, "frontdoor.re-referrals", "Re-referrals within 12 months",
                "Of the referrals dated in the month, the share that came within 12 months of a previous referral of"
                        + " the same child (DfE, children in need statistics: re-referrals).",
                "r.child_id", REFERRALS, "r.referral_date", RE_REFERRAL,
                "case when " + RE_REFERRAL + " then 'Re-referral within 12 months'"
                        + " else 'Referral, none in the 12 months before' end", "r.id");
    }

    @Bean
    @Order(12)
    Measure assessmentsInTimeMeasure(JdbcClient jdbc) {
        String days = workingDaysAfter("r.referral_date", "a.authorised_on");
        return SqlMeasure.share(jdbc, "frontdoor.assessments-45", "Assessments within 45 working days",
                "Of the single assessments authorised in the month, the share authorised within 45 working days of"
                        + " the referral (Working Together 2023; DfE, children in need statistics).",
                "r.child_id", ASSESSMENTS_AUTHORISED, "a.authorised_on", days + " <= " + AssessmentDue.WORKING_DAYS,
                days + " || ' working days from referral'", "a.id");
    }

    @Bean
    @Order(13)
    Measure referralsMeasure(JdbcClient jdbc) {
        return SqlMeasure.events(jdbc, "frontdoor.referrals", "Referrals",
                "Referrals dated in the month (the CIN census's referrals: CINreferralDate).",
                "r.child_id", REFERRALS, "r.referral_date", "'Referral'", "r.id");
    }

    @Bean
    @Order(14)
    Measure contactsToReferralMeasure(JdbcClient jdbc) {
        return SqlMeasure.share(jdbc, "frontdoor.contact-outcomes", "Contacts that became referrals",
                "Of the contacts decided in the month, the share decided as a referral (the others: information and"
                        + " advice, early help, no further action).",
                "c.child_id", CONTACTS + " and c.decided_at is not null", DECISION_DAY, "c.decision = 'REFERRAL'",
                "'Decided: ' || lower(replace(c.decision, '_', ' '))", "c.id");
    }

    @Bean
    @Order(15)
    Measure decisionsInTimeMeasure(JdbcClient jdbc) {
        return SqlMeasure.share(jdbc, "frontdoor.decisions-1wd", "Contacts decided within one working day",
                "Of the contacts decided in the month, the share decided within one working day of arriving: by the same"
                        + " time on the next working day, or by the end of the next working day for a contact that came"
                        + " in on a weekend or bank holiday (Working Together 2023, chapter 2; the clock the front door's"
                        + " queue shows).",
                "c.child_id", CONTACTS_WITH_DUE + " and c.decided_at is not null", DECISION_DAY, DECIDED_IN_TIME,
                "'Due ' || to_char(due.at, 'DD/MM/YYYY HH24:MI') || ', decided '"
                        + " || to_char(c.decided_at at time zone 'Europe/London', 'DD/MM/YYYY HH24:MI')", "c.id");
    }

    @Bean
    @Order(16)
    Measure childrenInNeedMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("frontdoor.children-in-need", "Children in need",
                "Children with a child in need episode open on the last day of the month: referred by then, and no"
                        + " authorised assessment had closed the episode by then (no further action or early help, the"
                        + " CIN census's reasons RC8 and RC9). Children on a child protection plan or looked after are"
                        + " children in need too (DfE, children in need statistics: children in need at 31 March).",
                MeasureKind.LEVEL, "r.child_id",
                "select s.month, count(distinct r.child_id) as n from " + SERIES + " s left join referral r on"
                        + " r.deleted_at is null and " + CIN_OPEN_AT_MONTH_END + " and {scope} group by s.month",
                "select r.child_id, min(r.referral_date) as on_date, 'Referred ' || string_agg(to_char(r.referral_date,"
                        + " 'DD/MM/YYYY'), ', ' order by r.referral_date) || ', episode open' as detail, true as counted"
                        + " from " + SERIES + " s join referral r on r.deleted_at is null and " + CIN_OPEN_AT_MONTH_END
                        + " and {scope} group by r.child_id order by 2, 1"));
    }
}
