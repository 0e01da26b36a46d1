package org.kindred.protection.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.ProtectionFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Protection's facts for the returns, one query each over every child ({@link CinCensusSql}). */
@Component
class JdbcProtectionFacts implements ProtectionFacts {
    private final JdbcClient jdbc;

    JdbcProtectionFacts(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<Section47Fact> section47s(LocalDate from, LocalDate to) {
        return jdbc.sql(CinCensusSql.SECTION47).param("from", from).param("to", to).query((rs, n) -> new Section47Fact(
                rs.getLong("child_id"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("icpc_target", LocalDate.class), rs.getObject("icpc_date", LocalDate.class),
                (Boolean) rs.getObject("icpc_not_required"))).list();
    }

    @Override
    public List<PlanFact> protectionPlans(LocalDate from, LocalDate to) {
        return jdbc.sql(CinCensusSql.PLANS).param("from", from).param("to", to).query((rs, n) -> {
            String reviews = rs.getString("reviews");
            return new PlanFact(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), category(rs.getString("initial_category")),
                    category(rs.getString("latest_category")), rs.getInt("previous"),
                    reviews == null ? List.of() : Arrays.stream(reviews.split(",")).map(LocalDate::parse).toList());
        }).list();
    }

    @Override
    public List<CinPlanFact> cinPlans(LocalDate from, LocalDate to) {
        return jdbc.sql(CinCensusSql.CIN_PLANS).param("from", from).param("to", to).query((rs, n) -> new CinPlanFact(
                rs.getLong("child_id"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class))).list();
    }

    private static CategoryOfAbuse category(String stored) {
        return CategoryOfAbuse.from(stored).orElse(null);
    }
}
