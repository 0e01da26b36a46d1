package org.kindred.care.internal;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.kindred.allocation.WorkerAllocated;
import org.kindred.allocation.WorkersAllocated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
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
@RequiredArgsConstructor
class SocialWorkerEpisodes {
    /** SW_REASON codes (SSDA903 2023 onwards); anything else is reported as OTHERS. */
    static final Set<String> REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN",
            "PCCHAN", "SWDIED", "OTHERS");
    // Nothing changes when the worker already holds the episode running that day; otherwise an episode starting the
    // same day is replaced (two workers cannot both begin a child's episode that day), the running one ends, and the
    // new one ends when the next one began. Every part reads the rows as they were before the statement.
    private static final String ALLOCATED = """
            with running as (
                select sw_id from care_sw_episode where child_id = :child and sw_decom <= :from
                   and (sw_dec is null or sw_dec > :from) order by sw_decom desc, id desc limit 1),
            change as (select 1 where not exists (select 1 from running where sw_id = :sw)),
            replaced as (delete from care_sw_episode where child_id = :child and sw_decom = :from
                            and exists (select 1 from change)),
            ended as (update care_sw_episode set sw_dec = :from where child_id = :child and sw_decom < :from
                         and (sw_dec is null or sw_dec > :from) and exists (select 1 from change))
            insert into care_sw_episode (child_id, worker_id, sw_id, sw_decom, sw_dec, sw_reason)
            select :child, :worker, :sw, :from,
                   (select min(sw_decom) from care_sw_episode where child_id = :child and sw_decom > :from), :reason
            where exists (select 1 from change)""";
    private final NamedParameterJdbcOperations jdbc;
    private final CareChanges changes;

    @EventListener
    void on(WorkerAllocated a) {
        if (jdbc.update(ALLOCATED, parameters(a)) > 0) changes.changed();
    }

    /** A county's history at once: the same statement for each, in order, sent as one batch. */
    @EventListener
    void on(WorkersAllocated all) {
        int[] added = jdbc.batchUpdate(ALLOCATED, all.allocations().stream().map(SocialWorkerEpisodes::parameters)
                .toArray(MapSqlParameterSource[]::new));
        if (java.util.Arrays.stream(added).anyMatch(n -> n != 0)) changes.changed();
    }

    private static MapSqlParameterSource parameters(WorkerAllocated a) {
        String reason = a.changeReason() != null && REASONS.contains(a.changeReason().trim().toUpperCase())
                ? a.changeReason().trim().toUpperCase() : "OTHERS";
        return new MapSqlParameterSource().addValue("child", a.childId()).addValue("worker", a.workerId())
                .addValue("sw", "SW" + a.workerId()).addValue("from", a.from()).addValue("reason", reason);
    }
}
