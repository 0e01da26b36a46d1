package org.kindred.protection.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.frontdoor.Referral;
import org.kindred.frontdoor.Referrals;
import org.kindred.returns.ReturnContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's CIN census tables for a collection year (1 April to 31 March): Section47, ChildProtectionPlans,
 * Reviews and CINplanDates, each row under the child's referral (CINdetailsID: the front door's referral on or before
 * the date, through its public API, which hides children the user may not see). Dates after the year are left out.
 */
@Component
class CinCensusRows implements ReturnContributor {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final JdbcClient jdbc;
    private final Referrals referrals;

    CinCensusRows(JdbcClient jdbc, Referrals referrals) {
        this.jdbc = jdbc;
        this.referrals = referrals;
    }

    @Override
    public String returnName() { return "cin"; }

    @Override
    @Transactional
    public void contribute(int year, Rows rows) {
        LocalDate from = LocalDate.of(year - 1, 4, 1);
        LocalDate to = LocalDate.of(year, 3, 31);
        Map<Long, List<Referral>> byChild = new HashMap<>();
        jdbc.sql(CinCensusSql.SECTION47).param("from", from).param("to", to).query((rs, n) -> {
            long child = rs.getLong("child_id");
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            Map<String, String> r = row(child, start, byChild);
            r.put("S47ActualStartDate", d(start));
            r.put("InitialCPCtarget", d(rs.getObject("icpc_target", LocalDate.class)));
            r.put("DateOfInitialCPC", d(within(rs.getObject("icpc_date", LocalDate.class), to)));
            Object notRequired = rs.getObject("icpc_not_required");
            r.put("ICPCnotRequired", notRequired == null ? null : notRequired.toString());
            rows.add("Section47", r);
            return 0;
        }).list();
        jdbc.sql(CinCensusSql.PLANS).param("from", from).param("to", to).query((rs, n) -> {
            long child = rs.getLong("child_id");
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            Map<String, String> r = row(child, start, byChild);
            r.put("CPPID", Long.toString(rs.getLong("id")));
            r.put("CPPstartDate", d(start));
            r.put("CPPendDate", d(within(rs.getObject("end_date", LocalDate.class), to)));
            r.put("InitialCategoryOfAbuse", rs.getString("initial_category"));
            r.put("LatestCategoryOfAbuse", rs.getString("latest_category"));
            r.put("NumberOfPreviousCPP", Integer.toString(rs.getInt("previous")));
            rows.add("ChildProtectionPlans", r);
            String reviews = rs.getString("reviews");
            for (String review : reviews == null ? new String[0] : reviews.split(",")) {
                Map<String, String> rv = row(child, start, byChild);
                rv.put("CPPID", Long.toString(rs.getLong("id")));
                rv.put("CPPreviewDate", d(LocalDate.parse(review)));
                rows.add("Reviews", rv);
            }
            return 0;
        }).list();
        jdbc.sql(CinCensusSql.CIN_PLANS).param("from", from).param("to", to).query((rs, n) -> {
            long child = rs.getLong("child_id");
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            Map<String, String> r = row(child, start, byChild);
            r.put("CINPlanStartDate", d(start));
            r.put("CINPlanEndDate", d(within(rs.getObject("end_date", LocalDate.class), to)));
            rows.add("CINplanDates", r);
            return 0;
        }).list();
    }

    /** LAchildID and CINdetailsID: the child's latest referral on or before the date. */
    private Map<String, String> row(long child, LocalDate on, Map<Long, List<Referral>> byChild) {
        List<Referral> refs = byChild.computeIfAbsent(child, referrals::forChild);
        Map<String, String> r = new LinkedHashMap<>();
        r.put("LAchildID", Long.toString(child));
        r.put("CINdetailsID", refs.stream().filter(x -> on == null || !x.referralDate().isAfter(on))
                .max((a, b) -> a.referralDate().compareTo(b.referralDate())).map(x -> Long.toString(x.id()))
                .orElse(null));
        return r;
    }

    private static LocalDate within(LocalDate date, LocalDate to) {
        return date == null || date.isAfter(to) ? null : date;
    }

    private static String d(LocalDate date) { return date == null ? null : DMY.format(date); }
}
