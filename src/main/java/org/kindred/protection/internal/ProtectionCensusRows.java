package org.kindred.protection.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.frontdoor.ReferralDates;
import org.kindred.returns.ReturnContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's CIN census tables for a collection year (1 April to 31 March): Section47, ChildProtectionPlans,
 * Reviews and CINplanDates, each row under the child's referral (CINdetailsID: the front door's latest referral on or
 * before the date, read for all children at once). Dates after the year are left out.
 */
@Component
class ProtectionCensusRows implements ReturnContributor {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final JdbcClient jdbc;
    private final ReferralDates.Reader referrals;

    ProtectionCensusRows(JdbcClient jdbc, ReferralDates.Reader referrals) {
        this.jdbc = jdbc;
        this.referrals = referrals;
    }

    /** A row waiting for its CINdetailsID. */
    private record Pending(String table, long child, LocalDate on, Map<String, String> row) {
    }

    @Override
    public String returnName() { return "cin"; }

    @Override
    @Transactional
    public void contribute(int year, Rows rows) {
        LocalDate from = LocalDate.of(year - 1, 4, 1);
        LocalDate to = LocalDate.of(year, 3, 31);
        List<Pending> pending = new ArrayList<>();
        jdbc.sql(CinCensusSql.SECTION47).param("from", from).param("to", to).query((rs, n) -> {
            long child = rs.getLong("child_id");
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            Map<String, String> r = row(child);
            r.put("S47ActualStartDate", d(start));
            r.put("InitialCPCtarget", d(rs.getObject("icpc_target", LocalDate.class)));
            r.put("DateOfInitialCPC", d(within(rs.getObject("icpc_date", LocalDate.class), to)));
            Object notRequired = rs.getObject("icpc_not_required");
            r.put("ICPCnotRequired", notRequired == null ? null : notRequired.toString());
            pending.add(new Pending("Section47", child, start, r));
            return 0;
        }).list();
        jdbc.sql(CinCensusSql.PLANS).param("from", from).param("to", to).query((rs, n) -> {
            long child = rs.getLong("child_id");
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            Map<String, String> r = row(child);
            r.put("CPPID", Long.toString(rs.getLong("id")));
            r.put("CPPstartDate", d(start));
            r.put("CPPendDate", d(within(rs.getObject("end_date", LocalDate.class), to)));
            r.put("InitialCategoryOfAbuse", rs.getString("initial_category"));
            r.put("LatestCategoryOfAbuse", rs.getString("latest_category"));
            r.put("NumberOfPreviousCPP", Integer.toString(rs.getInt("previous")));
            pending.add(new Pending("ChildProtectionPlans", child, start, r));
            String reviews = rs.getString("reviews");
            for (String review : reviews == null ? new String[0] : reviews.split(",")) {
                Map<String, String> rv = row(child);
                rv.put("CPPID", Long.toString(rs.getLong("id")));
                rv.put("CPPreviewDate", d(LocalDate.parse(review)));
                pending.add(new Pending("Reviews", child, start, rv));
            }
            return 0;
        }).list();
        jdbc.sql(CinCensusSql.CIN_PLANS).param("from", from).param("to", to).query((rs, n) -> {
            long child = rs.getLong("child_id");
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            Map<String, String> r = row(child);
            r.put("CINPlanStartDate", d(start));
            r.put("CINPlanEndDate", d(within(rs.getObject("end_date", LocalDate.class), to)));
            pending.add(new Pending("CINplanDates", child, start, r));
            return 0;
        }).list();
        ReferralDates dates = referrals.forChildren(pending.stream().map(Pending::child).distinct().toList());
        for (Pending p : pending) {
            p.row().put("CINdetailsID", (p.on() == null ? Optional.<Long>empty()
                    : dates.latestOnOrBefore(p.child(), p.on())).map(String::valueOf).orElse(null));
            rows.add(p.table(), p.row());
        }
    }

    /** LAchildID, and a place for CINdetailsID, filled once every row is read. */
    private static Map<String, String> row(long child) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("LAchildID", Long.toString(child));
        r.put("CINdetailsID", null);
        return r;
    }

    private static LocalDate within(LocalDate date, LocalDate to) {
        return date == null || date.isAfter(to) ? null : date;
    }

    private static String d(LocalDate date) { return date == null ? null : DMY.format(date); }
}
