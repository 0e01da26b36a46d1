package org.kindred.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kindred.access.Teams;
import org.kindred.allocation.CaseloadChild;
import org.kindred.allocation.Caseloads;
import org.kindred.shared.demo.DemoStep.DemoContext;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workforce demo step, and the batch insert the allocation step uses, on the real database. */
class AllocationDemoIT extends DatabaseIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WorkforceDemo workforce;

    @Autowired
    Teams teams;

    @Autowired
    Caseloads caseloads;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWorkforceHasTwentyFiveTeamsEachWithAManagerAndATeamOfFortyForTheBenchmark() {
        long start = System.currentTimeMillis();
        assertThat(workforce.generate(new DemoContext(TODAY, 2026))).startsWith("Workforce: 240 staff in 25 teams");
        assertThat(System.currentTimeMillis() - start).isLessThan(30_000);
        assertThat(workforce.generate(new DemoContext(TODAY, 2026))).isEqualTo("Workforce: already there");

        long manager = users.find(WorkforcePlan.LARGE_TEAM_MANAGER).orElseThrow().id();
        List<Teams.Team> mine = teams.of(manager);
        assertThat(mine).extracting(Teams.Team::name).containsExactly("Children in care team Central");
        assertThat(teams.members(List.of(mine.get(0).id())).stream().filter(Teams.Member::worker)).hasSize(40);
        // The demo manager (made by the demo users, not in this test) runs the demo worker's team.
        for (WorkforcePlan.TeamPlan plan : WorkforcePlan.TEAMS.stream()
                .filter(p -> !p.name().equals(WorkforcePlan.DEMO_MANAGERS_TEAM)).toList()) {
            long teamId = teams.list().stream().filter(t -> t.name().equals(plan.name())).findFirst().orElseThrow().id();
            assertThat(teams.members(List.of(teamId))).as(plan.name()).anyMatch(Teams.Member::manager);
        }

        List<Teams.Member> workers = teams.members(List.of(mine.get(0).id())).stream()
                .filter(Teams.Member::worker).toList();
        Random random = new Random(7);
        List<DemoHistory.Row> rows = new java.util.ArrayList<>();
        for (long child = 9_000_000_001L; child <= 9_000_000_200L; child++) {
            rows.addAll(DemoHistory.of(child, workers.get(0), workers, TODAY, random));
        }
        assertThat(AllocationDemoRows.insert(jdbc, rows)).hasSize(rows.size());
        List<CaseloadChild> caseload = caseloads.children(List.of(workers.get(0).userId()), TODAY);
        assertThat(caseload).hasSize(200);
        assertThat(caseload.stream().mapToInt(CaseloadChild::changesInLast12Months).sum())
                .isEqualTo(rows.size() - 200);
        assertThat(caseload).anyMatch(CaseloadChild::highlighted);
        // The manager's page counts in the database: the same figures as counting the children.
        assertThat(caseloads.perWorker(workers, TODAY)).isEqualTo(caseloads.perWorker(workers,
                caseloads.children(workers.stream().map(Teams.Member::userId).toList(), TODAY)));
        assertThat(caseloads.heldBy(List.of(workers.get(0).userId()))).hasSize(200)
                .containsValue(workers.get(0).userId()).doesNotContainValue(workers.get(1).userId());
        assertThat(caseload.get(0).displayName()).startsWith("Child 9000000");
    }
}
