package org.kindred.recruitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.recruitment.Applicant;
import org.kindred.recruitment.ApplicantStep;
import org.kindred.recruitment.Applicants;
import org.kindred.recruitment.Campaign;
import org.kindred.recruitment.Campaigns;
import org.kindred.recruitment.ContactDue;
import org.kindred.recruitment.NewApplicant;
import org.kindred.recruitment.NewRetentionPayment;
import org.kindred.recruitment.RecruitmentRoles.CanRecruitStaff;
import org.kindred.recruitment.RetentionPayment;
import org.kindred.recruitment.Stage;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcApplicants implements Applicants {
    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final Clock clock;

    @Override
    @Transactional
    @CanRecruitStaff
    public Applicant apply(long campaignId, NewApplicant a) {
        Campaign campaign = campaigns.find(campaignId);
        LocalDate today = UkTime.today(clock);
        Problems problems = new Problems();
        problems.require("name", a.name(), "Enter the applicant's name");
        LocalDate applied = a.appliedOn() == null ? today : a.appliedOn();
        if (applied != null && applied.isAfter(today)) problems.add("appliedOn", "The date must be today or in the past");
        if (a.vacancyId() != null && campaign.vacancies().stream().noneMatch(v -> v.id() == a.vacancyId())) {
            problems.add("vacancyId", "Select one of the campaign's vacancies");
        }
        problems.throwIfAny();
        long id = jdbc.sql("insert into recruitment_applicant (campaign_id, vacancy_id, name, email, stage, applied_on, "
                        + "contact_due) values (?, ?, ?, ?, 'APPLIED', ?, ?) returning id")
                .params(campaignId, a.vacancyId(), a.name().strip(), blankToNull(a.email()), applied,
                        ApplicantContactDue.after(applied))
                .query(Long.class).single();
        return find(id);
    }

    @Override
    @Transactional
    @CanRecruitStaff
    public Applicant step(long applicantId, ApplicantStep step) {
        Applicant a = find(applicantId);
        StepCheck.Checked ok = StepCheck.check(a, step, UkTime.today(clock));
        String column = ok.stage().name().toLowerCase() + "_on";
        jdbc.sql("update recruitment_applicant set stage = ?, " + column + " = ?, withdrawn_reason = coalesce(?, withdrawn_reason) where id = ?")
                .params(ok.stage().name(), ok.on(), ok.reason(), applicantId).update();
        return find(applicantId);
    }

    @Override
    @CanRecruitStaff
    public Applicant find(long id) {
        return jdbc.sql(ApplicantRows.SELECT + "where a.id = ?").param(id).query(ApplicantRows::row).optional()
                .orElseThrow(() -> new NotFound("Applicant"));
    }

    @Override
    @CanRecruitStaff
    public List<Applicant> forCampaign(long campaignId) {
        return jdbc.sql(ApplicantRows.SELECT + "where a.campaign_id = ? order by a.applied_on desc, a.id desc")
                .param(campaignId).query(ApplicantRows::row).list();
    }

    @Override
    @Transactional
    @CanRecruitStaff
    public RetentionPayment pay(long applicantId, NewRetentionPayment p) {
        find(applicantId);
        PaymentCheck.Checked ok = PaymentCheck.check(p);
        long id = jdbc.sql("insert into recruitment_retention_payment (applicant_id, amount, paid_on, clawback_months, "
                        + "clawback_until, note, recorded_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(applicantId, ok.amount(), ok.paidOn(), ok.clawbackMonths(), ok.paidOn().plusMonths(ok.clawbackMonths()),
                        blankToNull(p.note()), CurrentUser.get().username())
                .query(Long.class).single();
        return payments(applicantId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Override
    @CanRecruitStaff
    public List<RetentionPayment> payments(long applicantId) {
        return jdbc.sql("select id, applicant_id, amount, paid_on, clawback_months, clawback_until, note "
                        + "from recruitment_retention_payment where applicant_id = ? order by paid_on, id")
                .param(applicantId).query(RetentionPayment.class).list();
    }

    @Override
    public List<ContactDue> contactsDueFor(long userId) {
        return jdbc.sql("select a.id, a.name, c.name, a.contact_due from recruitment_applicant a "
                        + "join recruitment_campaign c on c.id = a.campaign_id where c.leader_id = ? and a.stage = ? "
                        + "and a.contacted_on is null order by a.contact_due, a.id limit 200")
                .params(userId, Stage.APPLIED.name())
                .query((rs, n) -> new ContactDue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()))
                .list();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
