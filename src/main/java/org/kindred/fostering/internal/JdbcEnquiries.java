package org.kindred.fostering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.Campaign;
import org.kindred.fostering.Enquiries;
import org.kindred.fostering.Enquiry;
import org.kindred.fostering.EnquiryStep;
import org.kindred.fostering.FosteringRoles.CanRecruitCarers;
import org.kindred.fostering.NewEnquiry;
import org.kindred.fostering.Stage;
import org.kindred.fostering.Step;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcEnquiries implements Enquiries {
    private static final Map<Step, String> COLUMN = Map.ofEntries(Map.entry(Step.FIRST_RESPONSE, "first_response_on"),
            Map.entry(Step.INITIAL_VISIT, "initial_visit_on"), Map.entry(Step.APPLICATION, "application_on"),
            Map.entry(Step.DBS_CHECK, "dbs_on"), Map.entry(Step.LA_CHECK, "la_check_on"),
            Map.entry(Step.HEALTH_CHECK, "health_on"), Map.entry(Step.REFERENCES, "references_on"),
            Map.entry(Step.STAGE_ONE_DECISION, "stage_one_decision_on"), Map.entry(Step.FORM_F, "form_f_on"),
            Map.entry(Step.PANEL, "panel_on"), Map.entry(Step.DECISION, "decision_on"),
            Map.entry(Step.WITHDRAW, "closed_on"), Map.entry(Step.REFUSE, "closed_on"));
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final HouseholdWriter households;
    private final People people;
    private final Clock clock;
    private final FosteringChanges changes;

    JdbcEnquiries(JdbcClient jdbc, ApplicationEventPublisher events, HouseholdWriter households, People people,
                  FosteringChanges changes, Optional<Clock> clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.events = events;
        this.households = households;
        this.people = people;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public long receivePublic(NewEnquiry in) {
        NewEnquiry e = new NewEnquiry(in.name(), in.email(), in.phone(), in.postcode(), in.campaignCode(), in.heardVia(),
                "PUBLIC", in.consentToContact(), false, null);
        return insert(e, true);
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public Enquiry record(NewEnquiry in) {
        return find(insert(in, false));
    }

    private long insert(NewEnquiry e, boolean isPublic) {
        Problems p = new Problems();
        EnquiryCheck.validate(e, isPublic, today(), p);
        Long campaign = campaignId(e.campaignCode());
        if (!isPublic && !EnquiryCheck.blank(e.campaignCode()) && campaign == null) p.add("campaignCode", "No campaign has that code");
        p.throwIfAny();
        LocalDate on = e.receivedOn() != null ? e.receivedOn() : today();
        long id = jdbc.sql("""
                insert into fostering_enquiry (campaign_id, heard_via, source, name, email, phone, postcode,
                  consent_to_contact, received_at, received_on, connected_person, stage, created_by)
                values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, 'ENQUIRY', ?) returning id""")
                .params(campaign, trim(e.heardVia()), e.source().trim().toUpperCase(), e.name().trim(), trim(e.email()),
                        trim(e.phone()), e.postcode() == null || e.postcode().isBlank() ? null : Distances.normalise(e.postcode()),
                        Timestamp.from(clock.instant()), on, Boolean.TRUE.equals(e.connectedPerson()), Who.am())
                .query(Long.class).single();
        changes.changed();
        events.publishEvent(new AuditableAction("CREATE", "fostering_enquiry", Long.toString(id),
                (isPublic ? "public enquiry" : "enquiry by " + e.source()) + (campaign == null ? "" : ", campaign " + campaign)));
        return id;
    }

    private Long campaignId(String code) {
        if (EnquiryCheck.blank(code)) return null;
        return jdbc.sql("select id from fostering_campaign where upper(code) = upper(?)").param(code.trim())
                .query(Long.class).optional().orElse(null);
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public Enquiry find(long id) {
        Enquiry e = load(id);
        events.publishEvent(new AuditableAction("VIEW", "fostering_enquiry", Long.toString(id), null));
        return e;
    }

    private Enquiry load(long id) {
        List<Enquiry.History> history = jdbc.sql("select step, step_on, detail, created_by from fostering_step where enquiry_id = ? order by id")
                .param(id).query((rs, i) -> new Enquiry.History(Step.valueOf(rs.getString(1)).label(),
                        rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4))).list();
        return jdbc.sql(EnquiryRows.SELECT + " where e.id = ?").param(id).query((rs, i) -> EnquiryRows.map(rs, history))
                .optional().orElseThrow(() -> new NotFound("No enquiry " + id));
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public List<Enquiry> open(Stage stage, int limit) {
        String where = " where e.approved_on is null and e.closed_on is null" + (stage == null ? "" : " and e.stage = ?");
        var q = jdbc.sql(EnquiryRows.SELECT + where + " order by e.received_on, e.id limit " + Math.max(1, Math.min(limit, 500)));
        if (stage != null) q = q.param(stage.name());
        List<Enquiry> list = q.query((rs, i) -> EnquiryRows.map(rs, List.of())).list();
        events.publishEvent(new AuditableAction("LIST", "fostering_enquiry", null, list.size() + " open enquiries"));
        return list;
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public Enquiry step(long id, EnquiryStep in) {
        jdbc.sql("select id from fostering_enquiry where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("No enquiry " + id));
        Enquiry e = load(id);
        Step step = StepCheck.validate(e, in, today());
        String detail = apply(e, step, in);
        jdbc.sql("insert into fostering_step (enquiry_id, step, step_on, detail, created_by) values (?, ?, ?, ?, ?)")
                .params(id, step.name(), in.date(), detail, Who.am()).update();
        changes.changed();
        events.publishEvent(new AuditableAction("UPDATE", "fostering_enquiry", Long.toString(id), step.label()));
        return load(id);
    }

    private String apply(Enquiry e, Step step, EnquiryStep in) {
        String column = COLUMN.get(step);
        Stage stage = step.reaches() != null && step.reaches().ordinal() > e.stage().ordinal() ? step.reaches() : e.stage();
        String detail = null;
        switch (step) {
            case PANEL -> {
                detail = "Recommendation: " + StepCheck.upper(in.recommendation());
                jdbc.sql("update fostering_enquiry set panel_recommendation = ? where id = ?")
                        .params(StepCheck.upper(in.recommendation()), e.id()).update();
            }
            case DECISION -> {
                if (in.approve()) {
                    stage = Stage.APPROVED;
                    ApprovalType type = ApprovalType.valueOf(StepCheck.upper(in.approvalType()));
                    long household = e.householdId() != null ? e.householdId()
                            : households.approve(e.id(), in.householdName().trim(), e.postcode(), type, in.ageMin(),
                            in.ageMax(), in.places(), in.date(), Who.am());
                    if (e.householdId() != null) households.confirm(household, type, in.ageMin(), in.ageMax(), in.places(), in.date());
                    jdbc.sql("update fostering_enquiry set approved_on = ?, household_id = ? where id = ?")
                            .params(in.date(), household, e.id()).update();
                    detail = "Approved: " + type.label() + ", ages " + in.ageMin() + " to " + in.ageMax() + ", "
                            + in.places() + " place(s); household " + household;
                } else {
                    stage = Stage.REFUSED;
                    close(e.id(), in.date(), "REFUSED", in.reason());
                    detail = "Not approved: " + in.reason().trim();
                }
            }
            case WITHDRAW, REFUSE -> {
                close(e.id(), in.date(), step == Step.WITHDRAW ? "WITHDRAWN" : "REFUSED", in.reason());
                detail = in.reason().trim();
            }
            case TEMPORARY_APPROVAL -> {
                Person child = people.find(in.childId()).orElseThrow(() -> org.kindred.shared.InvalidInput.of("childId",
                        "No child with that Kindred id"));
                int age = child.dateOfBirth() == null ? 0 : Period.between(child.dateOfBirth(), in.date()).getYears();
                long household = households.approveTemporarily(e.id(), in.householdName().trim(), e.postcode(),
                        in.childId(), Math.max(0, Math.min(17, age)), in.date(), Who.am());
                jdbc.sql("update fostering_enquiry set household_id = ? where id = ?").params(household, e.id()).update();
                detail = "Temporary approval for child " + in.childId() + "; household " + household;
            }
            default -> { }
        }
        if (column != null && step != Step.WITHDRAW && step != Step.REFUSE) {
            jdbc.sql("update fostering_enquiry set " + column + " = ? where id = ?").params(in.date(), e.id()).update();
        }
        jdbc.sql("update fostering_enquiry set stage = ? where id = ?").params(stage.name(), e.id()).update();
        return detail;
    }

    private void close(long id, LocalDate on, String kind, String reason) {
        jdbc.sql("update fostering_enquiry set closed_on = ?, closed_kind = ?, closed_reason = ? where id = ?")
                .params(on, kind, reason.trim(), id).update();
    }

    @Override
    public List<Campaign> campaigns() {
        return jdbc.sql("select id, code, name, channel, starts_on, ends_on, cost_pence from fostering_campaign order by starts_on, id")
                .query((rs, i) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getLong(7)))
                .list();
    }

    private LocalDate today() { return LocalDate.now(clock); }

    private static String trim(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
