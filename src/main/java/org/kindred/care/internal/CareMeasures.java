package org.kindred.care.internal;

import static org.kindred.insight.Months.SERIES;
import static org.kindred.insight.Months.monthOf;

import org.kindred.care.LegalStatus;
import org.kindred.care.NewEpisodeReason;
import org.kindred.insight.Measure;
import org.kindred.insight.MeasureKind;
import org.kindred.insight.SqlMeasure;
import org.kindred.insight.SqlMeasure.Definition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Care's measures for the insight pages, counted from the SSDA903 episodes (care_episode, which {@link JdbcCareFacts}
 * hands to the return), so that a chart and the return count the same episodes.
 */
@Configuration
class CareMeasures {
    /** An episode that starts a period of care (the return's RNE "S"). */
    private static final String STARTS = "e.rne = '" + NewEpisodeReason.S.code() + "'";
    /** Looked after on the month's last day: an episode began by then and had not ceased by then. */
    private static final String OPEN_AT_MONTH_END = "e.decom <= s.month_end and (e.dec is null or e.dec > s.month_end)";

    @Bean
    @Order(30)
    Measure lookedAfterStartsMeasure(JdbcClient jdbc) {
        return new SqlMeasure(jdbc, new Definition("care.cla-starts", "Children starting to be looked after",
                "Periods of care that started in the month: SSDA903 episodes whose reason for new episode is S"
                        + " (started to be looked after). A child who started twice in the month counts twice.",
                MeasureKind.COUNT, "e.child_id",
                "select " + monthOf("e.decom") + " as month, count(*) as n from care_episode e where " + STARTS
                        + " and e.decom between :first and :last and {scope} group by 1",
                "select e.child_id, e.decom as on_date, 'Started to be looked after, legal status ' || e.ls as detail,"
                        + " true as counted from care_episode e where " + STARTS
                        + " and e.decom between :first and :last and {scope} order by e.decom, e.child_id"));
    }

    @Bean
    @Order(31)
    Measure emergencyEntriesMeasure(JdbcClient jdbc) {
        String emergency = "e.ls in ('" + LegalStatus.L1.code() + "', '" + LegalStatus.L2.code() + "')";
        return new SqlMeasure(jdbc, new Definition("care.emergency-entries", "Emergency entries to care",
                "Periods of care that started in the month under police protection (L1) or an emergency protection"
                        + " order (L2): the legal status of the SSDA903 episode that started the period.",
                MeasureKind.COUNT, "e.child_id",
                "select " + monthOf("e.decom") + " as month, count(*) as n from care_episode e where " + STARTS
                        + " and " + emergency + " and e.decom between :first and :last and {scope} group by 1",
                "select e.child_id, e.decom as on_date, 'Started under legal status ' || e.ls as detail,"
                        + " true as counted from care_episode e where " + STARTS + " and " + emergency
                        + " and e.decom between :first and :last and {scope} order by e.decom, e.child_id"));
    }

    @Bean
    @Order(32)
    Measure lookedAfterRateMeasure(JdbcClient jdbc,
                                   @Value("${kindred.insight.child-population:0}") long childPopulation) {
        return new SqlMeasure(jdbc, new Definition("care.cla-rate", "Children looked after per 10,000 children",
                "Children looked after on the last day of the month (an SSDA903 episode open on it), per 10,000"
                        + " children under 18 living in the authority (the setting kindred.insight.child-population,"
                        + " now " + childPopulation + "; DfE, children looked after statistics: rate at 31 March).",
                MeasureKind.RATE, "e.child_id",
                "select s.month, count(distinct e.child_id) as n, " + childPopulation + " as base from " + SERIES
                        + " s left join care_episode e on " + OPEN_AT_MONTH_END + " and {scope} group by s.month",
                "select e.child_id, e.decom as on_date, 'Looked after, placement ' || e.place as detail,"
                        + " true as counted from " + SERIES + " s join care_episode e on " + OPEN_AT_MONTH_END
                        + " and {scope} order by e.decom, e.child_id"));
    }
}
