package org.kindred.care.internal;

import static org.kindred.insight.Months.SERIES;

import java.util.Arrays;
import java.util.function.Predicate;
import org.kindred.care.Coded;
import org.kindred.care.LeaverAccommodation;
import org.kindred.care.LeaverActivity;
import org.kindred.care.LeaverInTouch;
import org.kindred.care.LegalStatus;
import org.kindred.care.NewEpisodeReason;
import org.kindred.care.PlacementStability;
import org.kindred.care.ReturnHomeInterviewDue;
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
@Configuration(proxyBeanMethods = false)
class CareMeasures {
    /** An episode that starts a period of care (the return's RNE "S"). */
    private static final String STARTS = "e.rne = '" + NewEpisodeReason.S.code() + "'";
    /** Looked after on the month's last day: an episode began by then and had not ceased by then. */
    private static final String OPEN_AT_MONTH_END = "e.decom <= s.month_end and (e.dec is null or e.dec > s.month_end)";

    @Bean
    @Order(30)
    Measure lookedAfterStartsMeasure(JdbcClient jdbc) {
        return SqlMeasure.events(jdbc, "care.cla-starts", "Children starting to be looked after",
                "Periods of care that started in the month: SSDA903 episodes whose reason for new episode is S"
                        + " (started to be looked after). A child who started twice in the month counts twice.",
                "e.child_id", "care_episode e where " + STARTS, "e.decom",
                "'Started to be looked after, legal status ' || e.ls", "e.child_id");
    }

    @Bean
    @Order(31)
    Measure emergencyEntriesMeasure(JdbcClient jdbc) {
        String emergency = "e.ls in ('" + LegalStatus.L1.code() + "', '" + LegalStatus.L2.code() + "')";
        return SqlMeasure.events(jdbc, "care.emergency-entries", "Emergency entries to care",
                "Periods of care that started in the month under police protection (L1) or an emergency protection"
                        + " order (L2): the legal status of the SSDA903 episode that started the period.",
                "e.child_id", "care_episode e where " + STARTS + " and " + emergency, "e.decom",
                "'Started under legal status ' || e.ls", "e.child_id");
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

    @Bean
    @Order(33)
    Measure lookedAfterEndsMeasure(JdbcClient jdbc) {
        // An episode ceasing with X1 continues the period in a new episode: only other reasons end a period of care.
        return SqlMeasure.events(jdbc, "care.cla-ends", "Children ceasing to be looked after",
                "Periods of care that ended in the month: SSDA903 episodes that ceased for a reason other than X1"
                        + " (a new episode continuing the period).",
                "e.child_id", "care_episode e where e.dec is not null and e.rec <> 'X1'", "e.dec",
                "'Ceased, reason ' || e.rec", "e.child_id");
    }

    @Bean
    @Order(34)
    Measure missingEpisodesMeasure(JdbcClient jdbc) {
        return SqlMeasure.events(jdbc, "care.missing", "Missing episodes",
                "Episodes of a child looked after missing from placement (M, not 'away': SSDA903 Missing) that"
                        + " started in the month, by the UK day they started.",
                "m.child_id", MISSING, MISSING_DAY,
                "case when m.ended_at is null then 'Still missing' else 'Returned' end", "m.id");
    }

    @Bean
    @Order(35)
    Measure returnInterviewsMeasure(JdbcClient jdbc) {
        return SqlMeasure.share(jdbc, "care.rhi-72h", "Return interviews offered within 72 hours",
                "Of the missing episodes that ended in the month, the share where a return home interview was offered"
                        + " within 72 hours of the child's return (DfE statutory guidance on children who run away or go"
                        + " missing from home or care, 2014, paragraph 47).",
                "m.child_id", MISSING + " and m.ended_at is not null", RETURN_DAY,
                "m.rhi_offered_at is not null and m.rhi_offered_at <= m.ended_at + interval '"
                        + ReturnHomeInterviewDue.WITHIN.toHours() + " hours'",
                "case when m.rhi_offered_at is null then 'No interview offered yet' else 'Interview offered '"
                        + " || to_char(m.rhi_offered_at at time zone 'Europe/London', 'DD/MM/YYYY HH24:MI') end", "m.id");
    }

    /**
     * Placements of child {@code e} with a day in the 12 months up to the month's end ({@link PlacementStability}, as
     * the team manager's care overview counts them): episodes in the window, leaving out temporary placements (T0 to
     * T4) and episodes that changed only the legal status (L), except the one already open when the window began.
     */
    private static final String PLACEMENTS_IN_YEAR = """
            (select count(*) from care_episode f where f.child_id = e.child_id and f.decom <= s.month_end
               and (f.dec is null or f.dec > cast(s.month_end - interval '12 months' as date))
               and (f.decom <= cast(s.month_end - interval '12 months' as date) or f.rne <> 'L')
               and f.place not in ('T0', 'T1', 'T2', 'T3', 'T4'))""";

    @Bean
    @Order(36)
    Measure threePlacementsMeasure(JdbcClient jdbc) {
        String unstable = PLACEMENTS_IN_YEAR + " >= " + PlacementStability.UNSTABLE_PLACEMENTS;
        return new SqlMeasure(jdbc, new Definition("care.placements-3", "Children with 3 or more placements in the year",
                "Of the children looked after on the last day of the month, the share who had 3 or more placements in"
                        + " the 12 months up to it; temporary placements and changes of legal status alone do not count"
                        + " (DfE, children looked after statistics: placement stability, short term).",
                MeasureKind.PERCENT, "e.child_id",
                "select s.month, count(*) filter (where " + unstable + ") as n, count(*) as base from " + SERIES
                        + " s join care_episode e on " + OPEN_AT_MONTH_END + " and {scope} group by s.month",
                "select e.child_id, e.period_start as on_date, " + PLACEMENTS_IN_YEAR + " || ' placements in 12 months'"
                        + " as detail, " + unstable + " as counted from " + SERIES + " s join care_episode e on "
                        + OPEN_AT_MONTH_END + " and {scope} order by e.period_start, e.child_id"));
    }

    /** The day child {@code e}'s placement at the month's end began: its latest episode not a legal status change. */
    private static final String PLACED_SINCE = """
            (select max(f.decom) from care_episode f where f.child_id = e.child_id and f.decom <= s.month_end
               and f.period_start = e.period_start and f.rne <> 'L')""";

    @Bean
    @Order(37)
    Measure longTermStabilityMeasure(JdbcClient jdbc) {
        String longInCare = "e.period_start <= cast(s.month_end - interval '30 months' as date)";
        String stable = PLACED_SINCE + " <= cast(s.month_end - interval '2 years' as date)";
        return new SqlMeasure(jdbc, new Definition("care.long-term-stability", "Long-term placement stability",
                "Of the children looked after on the last day of the month who had been looked after for 2 and a half"
                        + " years or more, the share in the same placement for 2 years or more (DfE, children looked"
                        + " after statistics: placement stability, long term). The DfE counts children under 16 only;"
                        + " this counts every age, as care's records hold no dates of birth.",
                MeasureKind.PERCENT, "e.child_id",
                "select s.month, count(*) filter (where " + stable + ") as n, count(*) as base from " + SERIES
                        + " s join care_episode e on " + OPEN_AT_MONTH_END + " and " + longInCare + " and {scope}"
                        + " group by s.month",
                "select e.child_id, e.period_start as on_date, 'Looked after since ' || to_char(e.period_start,"
                        + " 'DD/MM/YYYY') || ', placed since ' || to_char(" + PLACED_SINCE + ", 'DD/MM/YYYY') as detail, "
                        + stable + " as counted from " + SERIES + " s join care_episode e on " + OPEN_AT_MONTH_END
                        + " and " + longInCare + " and {scope} order by e.period_start, e.child_id"));
    }

    /** OC3 outcomes at a birthday from 17 to 21, placed by that birthday (as the SSDA903 return places them). */
    private static final String LEAVERS = "care_leaver_outcome o where o.birthday is not null";
    private static final String LEAVER_DETAIL = "'Age ' || o.age || ': in touch ' || o.in_touch || ', activity '"
            + " || o.activ || ', accommodation ' || o.accom";

    private static <E extends Enum<E> & Coded> String codes(Class<E> kind, Predicate<E> which) {
        return "(" + String.join(", ", Arrays.stream(kind.getEnumConstants()).filter(which)
                .map(c -> "'" + c.code() + "'").toList()) + ")";
    }

    private static SqlMeasure leavers(JdbcClient jdbc, String id, String title, String what, String condition) {
        return SqlMeasure.share(jdbc, id, title, "Of the care leavers whose birthday from 17 to 21 fell in the month,"
                        + " the share " + what + " around it, as recorded for the SSDA903 return's OC3 (DfE, children"
                        + " looked after statistics: care leavers; the DfE reports ages 17-18 and 19-21 apart, this"
                        + " counts every age the return asks about).",
                "o.child_id", LEAVERS, "o.birthday", condition, LEAVER_DETAIL, "o.id");
    }

    @Bean
    @Order(38)
    Measure leaversInTouchMeasure(JdbcClient jdbc) {
        return leavers(jdbc, "care.leavers-in-touch", "Care leavers in touch", "the authority was in touch with (IN_TOUCH YES)",
                "o.in_touch = '" + LeaverInTouch.YES.code() + "'");
    }

    @Bean
    @Order(38)
    Measure leaversEetMeasure(JdbcClient jdbc) {
        return leavers(jdbc, "care.leavers-eet", "Care leavers in education, employment or training",
                "in education, employment or training, full or part time (ACTIV F1 to P5)",
                "o.activ in " + codes(LeaverActivity.class, a -> a.code().startsWith("F") || a.code().startsWith("P")));
    }

    @Bean
    @Order(38)
    Measure leaversAccommodationMeasure(JdbcClient jdbc) {
        return leavers(jdbc, "care.leavers-accommodation", "Care leavers in suitable accommodation",
                "in accommodation recorded as suitable (ACCOM ending 1)",
                "o.accom in " + codes(LeaverAccommodation.class, a -> a.code().endsWith("1")));
    }

    private static final String MISSING = "missing_episode m where m.deleted_at is null and m.kind = 'M'";
    private static final String MISSING_DAY = "cast(m.started_at at time zone 'Europe/London' as date)";
    private static final String RETURN_DAY = "cast(m.ended_at at time zone 'Europe/London' as date)";
}
