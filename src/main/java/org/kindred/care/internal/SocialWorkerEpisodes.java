package org.kindred.care.internal;

import java.util.Set;
import org.kindred.allocation.WorkerAllocated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the SSDA903 SWEpisodes from allocations, in the allocating transaction: each new worker starts an episode
 * (SW_ID "SW" and the user id, as the DfE requires an id starting SW) and ends the open one that day with the reason
 * for the change. Kept for every child, because the return asks for a whole year of episodes for a child looked
 * after on 31 March, including those from before the child came into care.
 */
@Component
class SocialWorkerEpisodes {
    /** SW_REASON codes (SSDA903 2023 onwards); anything else is reported as OTHERS. */
    static final Set<String> REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN",
            "PCCHAN", "SWDIED", "OTHERS");
    private final JdbcClient jdbc;
    private final CareChanges changes;

    SocialWorkerEpisodes(JdbcClient jdbc, CareChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventListener
    void on(WorkerAllocated a) {
        String swId = "SW" + a.workerId();
        String current = jdbc.sql("select sw_id from care_sw_episode where child_id = ? and sw_dec is null order by sw_decom desc, id desc limit 1")
                .param(a.childId()).query(String.class).optional().orElse(null);
        if (swId.equals(current)) return;
        String reason = a.changeReason() != null && REASONS.contains(a.changeReason().trim().toUpperCase())
                ? a.changeReason().trim().toUpperCase() : "OTHERS";
        jdbc.sql("update care_sw_episode set sw_dec = greatest(sw_decom, ?), sw_reason = ? where child_id = ? and sw_dec is null")
                .params(a.from(), reason, a.childId()).update();
        jdbc.sql("insert into care_sw_episode (child_id, worker_id, sw_id, sw_decom) values (?, ?, ?, ?)")
                .params(a.childId(), a.workerId(), swId, a.from()).update();
        changes.changed();
    }
}
