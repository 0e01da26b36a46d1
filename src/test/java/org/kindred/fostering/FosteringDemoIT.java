package org.kindred.fostering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.access.Role;
import org.kindred.shared.demo.DemoStep;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The fostering demo: three years from four campaigns, one lifting about 37%; about 300 households; fast; once. */
class FosteringDemoIT extends DatabaseIT {
    @Autowired
    List<DemoStep> steps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FosteringMeasures measures;

    @Test
    void generatesTheCountyOnceAndQuickly() {
        DemoStep step = steps.stream().filter(s -> s.order() == 450).findFirst().orElseThrow();
        LocalDate today = LocalDate.of(2026, 11, 30);
        long started = System.nanoTime();
        String summary = step.generate(new DemoStep.DemoContext(today, 14));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(summary).startsWith("Fostering: ");
        assertThat(millis).as("demo step time, ms").isLessThan(5_000);
        System.out.println("Fostering demo step: " + millis + " ms; " + summary);
        assertThat(step.generate(new DemoStep.DemoContext(today, 14))).isEqualTo("Fostering: already there");

        long households = jdbc.sql("select count(*) from fostering_household where created_by = 'demo-data' and deregistered_on is null")
                .query(Long.class).single();
        assertThat(households).isBetween(280L, 330L);
        actAs(user(Role.PERFORMANCE_ANALYST));
        try {
            var yoy = measures.yearOnYear(today.minusYears(1).plusDays(1), today);
            var grow = yoy.stream().filter(y -> y.campaign().equals("Grow Together, Foster A Child")).findFirst().orElseThrow();
            assertThat(grow.changePercent()).isBetween(25.0, 50.0);
            var funnel = measures.funnel(today.minusYears(3).plusDays(1), today, null);
            assertThat(funnel.stages().get(0).count()).isGreaterThan(1_200);
            assertThat(funnel.stages().get(7).count()).isPositive();
            assertThat(funnel.stages().get(7).count()).isLessThan(funnel.stages().get(3).count());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
