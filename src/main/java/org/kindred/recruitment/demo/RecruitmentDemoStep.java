package org.kindred.recruitment.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.shared.demo.DemoStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's recruitment (order 970): last year's campaign, mostly hired, and this year's refreshed campaign led by
 * the demo administrator, with applicants at every stage, some still to contact (on the leader's My work), and golden
 * hellos with two-year clawback periods. A few batched statements.
 */
@Component
@RequiredArgsConstructor
class RecruitmentDemoStep implements DemoStep {
    private static final String[] TEAMS = {"Assessment team North", "Child in need and protection South",
        "Children in care team Central", "Care leavers North", "Disabled children's team", "Assessment team West"};
    private final JdbcTemplate jdbc;
    private final Users users;

    @Override
    public int order() { return 970; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        if (jdbc.queryForObject("select count(*) from recruitment_campaign", Long.class) > 0) return "Recruitment: already there";
        List<UserView> leaders = users.list().stream().filter(UserView::enabled)
                .filter(u -> u.username().equals("admin") || u.roles().contains(org.kindred.access.Role.ADMINISTRATOR)).toList();
        if (leaders.isEmpty()) return "Recruitment: no leader to name";
        UserView leader = leaders.stream().filter(u -> u.username().equals("admin")).findFirst().orElse(leaders.get(0));
        LocalDate today = context.today();
        Random random = new Random(context.seed() * 31 + 970);
        DemoApplicants applicants = new DemoApplicants(jdbc, random, today);
        long last = campaign("Social workers " + (today.getYear() - 1), leader, today.minusYears(1).withDayOfYear(20));
        long now = campaign("Refreshed campaign " + today.getYear() + ": come home to children's services", leader,
                today.minusDays(60));
        int n = applicants.add(last, vacancies(last, random), 40, 300) + applicants.add(now, vacancies(now, random), 35, 58);
        return "Recruitment: 2 campaigns, " + n + " applicants";
    }

    private long campaign(String name, UserView leader, LocalDate opens) {
        return jdbc.queryForObject("insert into recruitment_campaign (name, leader_id, leader_username, leader_name, opens_on, "
                + "created_by) values (?, ?, ?, ?, ?, 'demo data') returning id", Long.class, name, leader.id(),
                leader.username(), leader.displayName(), opens);
    }

    private List<Long> vacancies(long campaign, Random random) {
        return java.util.Arrays.stream(TEAMS).map(team -> jdbc.queryForObject("insert into recruitment_vacancy "
                + "(campaign_id, team, role, fte) values (?, ?, ?, ?) returning id", Long.class, campaign, team,
                random.nextInt(4) == 0 ? "Advanced practitioner" : "Social worker", random.nextInt(5) == 0 ? 0.6 : 1.0)).toList();
    }
}
