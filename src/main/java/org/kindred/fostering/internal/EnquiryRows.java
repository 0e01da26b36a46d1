package org.kindred.fostering.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kindred.fostering.DecisionDue;
import org.kindred.fostering.Enquiry;
import org.kindred.fostering.FirstResponseDue;
import org.kindred.fostering.PanelDue;
import org.kindred.fostering.Stage;
import org.kindred.fostering.StageClock;
import org.kindred.fostering.StageOneDecisionDue;
import org.kindred.fostering.StageTwoDue;
import org.kindred.fostering.Step;

/** Reads enquiries and works out their clocks and next steps (never stored: a changed calendar changes them all). */
final class EnquiryRows {
    static final String SELECT = """
            select e.*, c.name as campaign_name from fostering_enquiry e
            left join fostering_campaign c on c.id = e.campaign_id""";

    private EnquiryRows() {
    }

    static Enquiry map(ResultSet rs, List<Enquiry.History> history) throws SQLException {
        Stage stage = Stage.valueOf(rs.getString("stage"));
        LocalDate received = d(rs, "received_on");
        LocalDate dbs = d(rs, "dbs_on"), la = d(rs, "la_check_on"), health = d(rs, "health_on"), refs = d(rs, "references_on");
        LocalDate firstResponse = d(rs, "first_response_on"), visit = d(rs, "initial_visit_on"),
                application = d(rs, "application_on"), stageOne = d(rs, "stage_one_decision_on"), formF = d(rs, "form_f_on"),
                panel = d(rs, "panel_on"), decision = d(rs, "decision_on");
        long household = rs.getLong("household_id");
        Long householdId = rs.wasNull() ? null : household;
        boolean connected = rs.getBoolean("connected_person");
        List<StageClock> clocks = clocks(stage, received, firstResponse, application, dbs, la, health, refs, stageOne,
                formF, panel, decision);
        List<Step> next = next(stage, connected, householdId, firstResponse, visit, application, dbs, la, health, refs,
                stageOne, formF, panel);
        return new Enquiry(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("postcode"), rs.getString("campaign_name"), rs.getString("heard_via"), rs.getString("source"),
                rs.getBoolean("consent_to_contact"), connected, received, stage, firstResponse, visit, application,
                dbs, la, health, refs, stageOne, formF, panel, rs.getString("panel_recommendation"), decision,
                d(rs, "approved_on"), d(rs, "closed_on"), rs.getString("closed_reason"), householdId, clocks, next, history);
    }

    static List<StageClock> clocks(Stage stage, LocalDate received, LocalDate firstResponse, LocalDate application,
                                   LocalDate dbs, LocalDate la, LocalDate health, LocalDate refs, LocalDate stageOne,
                                   LocalDate formF, LocalDate panel, LocalDate decision) {
        List<StageClock> clocks = new ArrayList<>();
        add(clocks, stage, "First response", FirstResponseDue.from(received), firstResponse,
                "Local service standard: 1 working day (Fostering NMS 2011, standard 13)");
        LocalDate checks = StageOneDecisionDue.checksComplete(dbs, la, health, refs);
        if (checks != null) {
            add(clocks, stage, "Stage 1 decision", StageOneDecisionDue.from(checks), stageOne,
                    "10 working days from the last check (Fostering Services (England) Regulations 2011, reg. 26; DfE guidance 2013)");
        }
        if (stageOne != null) {
            add(clocks, stage, "Stage 2 assessment (Form F)", StageTwoDue.from(stageOne), formF,
                    "About 4 months (DfE guidance, Assessment and approval of foster carers, 2013)");
        }
        if (application != null) {
            add(clocks, stage, "Fostering panel", PanelDue.from(application), panel,
                    "8 months from application (DfE guidance, Assessment and approval of foster carers, 2013)");
        }
        if (panel != null) {
            add(clocks, stage, "Agency decision", DecisionDue.from(panel), decision,
                    "7 working days from panel (Fostering Services (England) Regulations 2011, reg. 27)");
        }
        return clocks;
    }

    private static void add(List<StageClock> clocks, Stage stage, String what, LocalDate due, LocalDate done, String source) {
        // a clock left running when the enquiry closed is no longer due
        if (done == null && stage.closed()) return;
        clocks.add(new StageClock(what, due, done, source));
    }

    static List<Step> next(Stage stage, boolean connected, Long householdId, LocalDate firstResponse, LocalDate visit,
                           LocalDate application, LocalDate dbs, LocalDate la, LocalDate health, LocalDate refs,
                           LocalDate stageOne, LocalDate formF, LocalDate panel) {
        List<Step> next = new ArrayList<>();
        if (stage.closed()) return next;
        if (firstResponse == null) next.add(Step.FIRST_RESPONSE);
        else if (visit == null) next.add(Step.INITIAL_VISIT);
        else if (application == null) next.add(Step.APPLICATION);
        else if (stageOne == null) {
            if (dbs == null) next.add(Step.DBS_CHECK);
            if (la == null) next.add(Step.LA_CHECK);
            if (health == null) next.add(Step.HEALTH_CHECK);
            if (refs == null) next.add(Step.REFERENCES);
            if (StageOneDecisionDue.checksComplete(dbs, la, health, refs) != null) next.add(Step.STAGE_ONE_DECISION);
        } else if (formF == null) next.add(Step.FORM_F);
        else if (panel == null) next.add(Step.PANEL);
        else next.add(Step.DECISION);
        if (connected && householdId == null) next.add(Step.TEMPORARY_APPROVAL);
        next.add(Step.WITHDRAW);
        next.add(Step.REFUSE);
        return next;
    }

    static LocalDate d(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
