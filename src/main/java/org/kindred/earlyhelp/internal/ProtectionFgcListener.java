package org.kindred.earlyhelp.internal;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.earlyhelp.EndReason;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.ReferralSource;
import org.kindred.protection.FamilyGroupConferenceRecorded;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One record per family group conference (ADR 0030): a referral made in child protection is the catalogue's FGC
 * referral too, kept in protection's transaction, so the FGC service's waiting list and outcomes count it once.
 * Protection stays its record (steps here are refused); the chronology hears of it from protection only.
 */
@Component
@RequiredArgsConstructor
class ProtectionFgcListener {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    @EventListener
    void on(FamilyGroupConferenceRecorded fgc) {
        Long id = jdbc.sql("select id from intervention_referral where protection_fgc_id = ?").params(fgc.fgcId())
                .query(Long.class).optional().orElse(null);
        if (id == null) id = refer(fgc);
        if (fgc.outcome() != null) end(id, fgc);
    }

    /** The FGC service takes every referral from a plan: it waits from the day it is made. */
    private long refer(FamilyGroupConferenceRecorded fgc) {
        ReferralSource source = fgc.onProtectionPlan() ? ReferralSource.CP_PLAN : ReferralSource.CIN_PLAN;
        long id = jdbc.sql("""
                insert into intervention_referral (service, child_id, source, referred_on, reason, status, accepted_on,
                    protection_fgc_id, created_by)
                values (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?) returning id""")
                .params(Intervention.FGC.name(), fgc.childId(), source.name(), fgc.referredOn(), fgc.reason(),
                        fgc.referredOn(), fgc.fgcId(), CurrentUser.get().username())
                .query(Long.class).single();
        step(id, "REFER", fgc.referredOn(), null);
        step(id, "ACCEPT", fgc.referredOn(), null);
        events.publishEvent(new AuditableAction("CREATE", "intervention_referral", Long.toString(id),
                "FGC, child " + fgc.childId() + ", from protection's family group conference " + fgc.fgcId()));
        return id;
    }

    /** A plan agreed completes the conference; no plan ends it otherwise; declined or withdrawn leaves the list. */
    private void end(long id, FamilyGroupConferenceRecorded fgc) {
        LocalDate on = fgc.outcomeOn();
        String sql = switch (fgc.outcome()) {
            case PLAN_AGREED, NO_PLAN_AGREED -> """
                    update intervention_referral set status = 'ENDED', started_on = coalesce(started_on, :on),
                        ended_on = :on, status_reason = :reason where id = :id and status in ('WAITING', 'STARTED')""";
            case FAMILY_DECLINED, WITHDRAWN -> """
                    update intervention_referral set status = 'WITHDRAWN', ended_on = :on, status_reason = :reason
                    where id = :id and status = 'WAITING'""";
        };
        String reason = switch (fgc.outcome()) {
            case PLAN_AGREED -> EndReason.COMPLETED.name();
            case NO_PLAN_AGREED -> EndReason.OTHER.name();
            case FAMILY_DECLINED, WITHDRAWN -> fgc.outcome().label();
        };
        if (jdbc.sql(sql).param("on", on).param("reason", reason).param("id", id).update() == 0) return;
        step(id, fgc.outcome() == org.kindred.protection.FgcOutcome.PLAN_AGREED
                || fgc.outcome() == org.kindred.protection.FgcOutcome.NO_PLAN_AGREED ? "END" : "WITHDRAW", on,
                fgc.outcome().label());
        events.publishEvent(new AuditableAction("UPDATE", "intervention_referral", Long.toString(id),
                "FGC outcome from protection: " + fgc.outcome().name()));
    }

    private void step(long id, String step, LocalDate on, String reason) {
        jdbc.sql("insert into intervention_step (referral_id, step, step_on, reason, created_by) values (?, ?, ?, ?, ?)")
                .params(id, step, on, reason, CurrentUser.get().username()).update();
    }
}
