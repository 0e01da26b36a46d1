package org.kindred.recruitment.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.recruitment.Campaign.Vacancy;
import org.kindred.recruitment.Campaign;
import org.kindred.recruitment.Campaigns;
import org.kindred.recruitment.NewCampaign;
import org.kindred.recruitment.NewVacancy;
import org.kindred.recruitment.RecruitmentRoles.CanRecruitStaff;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcCampaigns implements Campaigns {
    private final JdbcClient jdbc;
    private final Users users;

    @Override
    @Transactional
    @CanRecruitStaff
    public Campaign create(NewCampaign c) {
        UserView leader = c.leader() == null ? null : users.find(c.leader().trim()).filter(UserView::enabled).orElse(null);
        CampaignCheck.check(c, leader != null);
        long id = jdbc.sql("insert into recruitment_campaign (name, leader_id, leader_username, leader_name, opens_on, "
                        + "closes_on, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(c.name().trim(), leader.id(), leader.username(), leader.displayName(), c.opensOn(), c.closesOn(),
                        CurrentUser.get().username())
                .query(Long.class).single();
        return find(id);
    }

    @Override
    @Transactional
    @CanRecruitStaff
    public Campaign addVacancy(long campaignId, NewVacancy v) {
        find(campaignId);
        var fte = CampaignCheck.vacancy(v);
        if (!users.teams().contains(v.team().trim())) throw InvalidInput.of("team", "Select a team from the list");
        jdbc.sql("insert into recruitment_vacancy (campaign_id, team, role, fte) values (?, ?, ?, ?)")
                .params(campaignId, v.team().trim(), v.role().trim(), fte).update();
        return find(campaignId);
    }

    @Override
    @CanRecruitStaff
    public List<Campaign> list() {
        Map<Long, List<Vacancy>> vacancies = jdbc.sql("select campaign_id, id, team, role, fte from recruitment_vacancy order by team, id")
                .query((rs, n) -> Map.entry(rs.getLong(1), new Vacancy(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, name, opens_on, closes_on, leader_username, leader_name from recruitment_campaign "
                        + "order by opens_on desc, id desc")
                .query((rs, n) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6),
                        vacancies.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    @Override
    @CanRecruitStaff
    public Campaign find(long id) {
        return list().stream().filter(c -> c.id() == id).findFirst().orElseThrow(() -> new NotFound("Campaign"));
    }

    @Override
    @CanRecruitStaff
    public Double medianDaysToHire(long campaignId) {
        return jdbc.sql("select percentile_cont(0.5) within group (order by started_on - applied_on) "
                        + "from recruitment_applicant where campaign_id = ? and started_on is not null")
                .param(campaignId).query(Double.class).optional().orElse(null);
    }
}
