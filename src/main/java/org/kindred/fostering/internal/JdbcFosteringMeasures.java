package org.kindred.fostering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.FosteringMeasures;
import org.kindred.fostering.FosteringRoles.CanSeeFosteringMeasures;
import org.kindred.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every measure is one set-based query over fostering's own typed columns, kept between requests until a change. */
@Service
@RequiredArgsConstructor
class JdbcFosteringMeasures implements FosteringMeasures {
    /** Stage label, its date column, and the column of the stage before (for days and conversion). */
    private static final String[][] STAGES = {
            {"Enquiry", "received_on", null}, {"First response", "first_response_on", "received_on"},
            {"Initial visit", "initial_visit_on", "first_response_on"}, {"Application", "application_on", "initial_visit_on"},
            {"Stage 1 decision", "stage_one_decision_on", "application_on"}, {"Form F complete", "form_f_on", "stage_one_decision_on"},
            {"Panel", "panel_on", "form_f_on"}, {"Approved", "approved_on", "panel_on"}};
    private final JdbcClient jdbc;
    private final MeasureCache cache;

    @Override
    @Transactional
    @CanSeeFosteringMeasures
    public Funnel funnel(LocalDate from, LocalDate to, String campaignCode) {
        check(from, to);
        return cache.get("funnel " + from + " " + to + " " + campaignCode, () -> computeFunnel(from, to, campaignCode));
    }

    private Funnel computeFunnel(LocalDate from, LocalDate to, String campaignCode) {
        StringBuilder sql = new StringBuilder("select count(*) as n0");
        for (int i = 1; i < STAGES.length; i++) {
            sql.append(", count(e.").append(STAGES[i][1]).append(") as n").append(i)
                    .append(", percentile_cont(0.5) within group (order by e.").append(STAGES[i][1]).append(" - e.")
                    .append(STAGES[i][2]).append(") as m").append(i);
        }
        sql.append(" from fostering_enquiry e left join fostering_campaign c on c.id = e.campaign_id")
                .append(" where e.received_on between ? and ? and (cast(? as text) is null or upper(c.code) = upper(?))");
        String code = campaignCode == null || campaignCode.isBlank() ? null : campaignCode.trim();
        if (code != null && jdbc.sql("select count(*) from fostering_campaign where upper(code) = upper(?)").param(code)
                .query(Long.class).single() == 0) {
            throw InvalidInput.of("campaign", "No campaign has that code");
        }
        List<StageCount> stages = jdbc.sql(sql.toString()).params(from, to, code, code).query((rs, n) -> {
            List<StageCount> list = new ArrayList<>();
            long previous = 0;
            for (int i = 0; i < STAGES.length; i++) {
                long count = rs.getLong("n" + i);
                Double conversion = i == 0 || previous == 0 ? null : Math.round(1000.0 * count / previous) / 10.0;
                Double median = i == 0 ? null : (Double) rs.getObject("m" + i, Double.class);
                list.add(new StageCount(STAGES[i][0], count, conversion, median));
                previous = count;
            }
            return list;
        }).single();
        return new Funnel(from, to, code, stages);
    }

    @Override
    @Transactional
    @CanSeeFosteringMeasures
    public List<MonthCount> enquiriesByMonth(LocalDate from, LocalDate to) {
        check(from, to);
        return cache.get("months " + from + " " + to, () -> jdbc.sql("""
                select date_trunc('month', e.received_on)::date as month, coalesce(c.name, 'No campaign') as campaign, count(*) as n
                from fostering_enquiry e left join fostering_campaign c on c.id = e.campaign_id
                where e.received_on between ? and ? group by 1, 2 order by 1, 2""")
                .params(from, to)
                .query((rs, i) -> new MonthCount(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2), rs.getLong(3)))
                .list());
    }

    @Override
    @Transactional
    @CanSeeFosteringMeasures
    public List<YearOnYear> yearOnYear(LocalDate from, LocalDate to) {
        check(from, to);
        return cache.get("yoy " + from + " " + to, () -> computeYearOnYear(from, to));
    }

    private List<YearOnYear> computeYearOnYear(LocalDate from, LocalDate to) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select coalesce(c.name, 'No campaign') as campaign,
                  count(*) filter (where e.received_on between ? and ?) as this_period,
                  count(*) filter (where e.received_on between ? and ?) as last_period
                from fostering_enquiry e left join fostering_campaign c on c.id = e.campaign_id
                where e.received_on between ? and ? group by 1 order by 1""")
                .params(from, to, from.minusYears(1), to.minusYears(1), from.minusYears(1), to)
                .query((ResultSet rs) -> {
                    while (rs.next()) counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        List<YearOnYear> list = new ArrayList<>();
        long thisTotal = 0, lastTotal = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            list.add(yoy(e.getKey(), e.getValue()[0], e.getValue()[1]));
            thisTotal += e.getValue()[0];
            lastTotal += e.getValue()[1];
        }
        list.add(yoy("All enquiries", thisTotal, lastTotal));
        return list;
    }

    static YearOnYear yoy(String campaign, long now, long before) {
        Double change = before == 0 ? null : Math.round(1000.0 * (now - before) / before) / 10.0;
        return new YearOnYear(campaign, now, before, change);
    }

    @Override
    @Transactional
    @CanSeeFosteringMeasures
    public Sufficiency sufficiency(LocalDate today) {
        return cache.get("sufficiency " + today, () -> computeSufficiency(today));
    }

    private Sufficiency computeSufficiency(LocalDate today) {
        List<TypeCount> byType = jdbc.sql("""
                select h.approval_type, count(*), sum(h.places), sum(coalesce(p.placed, 0)),
                  sum(greatest(0, h.places - coalesce(p.placed, 0)))
                from fostering_household h
                left join (select household_id, count(*) as placed from fostering_household_placement
                           where to_date is null group by household_id) p on p.household_id = h.id
                where h.deregistered_on is null group by 1 order by 1""")
                .query((rs, i) -> new TypeCount(ApprovalType.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5))).list();
        LocalDate yearAgo = today.minusYears(1);
        return jdbc.sql("""
                select
                  (select count(*) from fostering_household where approved_on > ? and approved_on <= ?) as approved,
                  (select count(*) from fostering_household where deregistered_on > ? and deregistered_on <= ?) as dereg,
                  (select count(*) from fostering_household_placement where from_date > ? and from_date <= ?) as inhouse,
                  (select count(*) from placement_request where status = 'EXTERNAL' and raised_at > ?::date) as external,
                  (select avg(case when well_matched then 100.0 else 0 end) from fostering_household_placement
                     where well_matched is not null) as well,
                  (select avg(case when to_date is null or to_date > from_date + interval '6 months' then 100.0 else 0 end)
                     from fostering_household_placement where from_date <= ? - interval '6 months') as s6,
                  (select avg(case when to_date is null or to_date > from_date + interval '12 months' then 100.0 else 0 end)
                     from fostering_household_placement where from_date <= ? - interval '12 months') as s12,
                  (select count(*) from fostering_household where deregistered_on is null and temporary_until is not null) as temp""")
                .params(yearAgo, today, yearAgo, today, yearAgo, today, yearAgo, today, today)
                .query((rs, i) -> sufficiency(rs, today, byType)).single();
    }

    private static Sufficiency sufficiency(ResultSet rs, LocalDate today, List<TypeCount> byType) throws SQLException {
        long households = byType.stream().mapToLong(TypeCount::households).sum();
        long places = byType.stream().mapToLong(TypeCount::places).sum();
        long placed = byType.stream().mapToLong(TypeCount::placed).sum();
        long vacancies = byType.stream().mapToLong(TypeCount::vacancies).sum();
        return new Sufficiency(today, households, places, placed, vacancies, byType, rs.getLong("approved"),
                rs.getLong("dereg"), rs.getLong("inhouse"), rs.getLong("external"), round(rs, "well"), round(rs, "s6"),
                round(rs, "s12"), rs.getLong("temp"));
    }

    private static Double round(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(v * 10) / 10.0;
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null) throw InvalidInput.of("from", "Enter the start of the period");
        if (to == null) throw InvalidInput.of("to", "Enter the end of the period");
        if (to.isBefore(from)) throw InvalidInput.of("to", "The end must not be before the start");
        if (from.isBefore(to.minusYears(5))) throw InvalidInput.of("from", "Choose a period of at most 5 years");
    }
}
