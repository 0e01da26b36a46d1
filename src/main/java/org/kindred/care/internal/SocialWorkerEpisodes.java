package org.kindred.care.internal;

import java.util.Set;
import org.kindred.allocation.WorkerAllocated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the SSDA903 SWEpisodes from allocations, in the allocating transaction: each new worker starts an episode
 * (SW_ID "SW" and the user id, as the DfE requires an id starting SW) carrying the reason for the change (SW_REASON,
 * required on every episode since April 2023 by DfE rules SW01b and SW13; OTHERS for a first allocation) and ends
 * the open one that day. Kept for every child, because the return asks for a whole year of episodes for a child looked
 * after on 31 March, including those from before the child came into care. An allocation dated before episodes
 * already kept (recorded late, or events arriving out of order) is fitted in: the episode running that day ends
 * then and the new one ends when the next one began, so the episodes never overlap (DfE rules SW08, SW10).
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
        String running = jdbc.sql("""
                select sw_id from care_sw_episode where child_id = ? and sw_decom <= ? and (sw_dec is null or sw_dec > ?)
                order by sw_decom desc, id desc limit 1""")
                .params(a.childId(), a.from(), a.from()).query(String.class).optional().orElse(null);
        if (swId.equals(running)) return;
        String reason = a.changeReason() != null && REASONS.contains(a.changeReason().trim().toUpperCase())
                ? a.changeReason().trim().toUpperCase() : "OTHERS";
        // An episode starting the same day is replaced: two workers cannot both begin a child's episode that day.
        jdbc.sql("delete from care_sw_episode where child_id = ? and sw_decom = ?").params(a.childId(), a.from()).update();
        jdbc.sql("update care_sw_episode set sw_dec = ? where child_id = ? and sw_decom < ? and (sw_dec is null or sw_dec > ?)")
                .params(a.from(), a.childId(), a.from(), a.from()).update();
        jdbc.sql("""
                insert into care_sw_episode (child_id, worker_id, sw_id, sw_decom, sw_dec, sw_reason)
                values (?, ?, ?, ?, (select min(sw_decom) from care_sw_episode where child_id = ? and sw_decom > ?), ?)""")
                .params(a.childId(), a.workerId(), swId, a.from(), a.childId(), a.from(), reason).update();
        changes.changed();
    }
}
