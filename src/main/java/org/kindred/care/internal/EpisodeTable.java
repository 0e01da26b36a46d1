package org.kindred.care.internal;

import static org.kindred.care.internal.CareEventRows.code;

import java.util.List;
import org.kindred.care.Episode;
import org.kindred.care.PeriodOfCare;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps care_episode equal to the episodes derived from the child's events: derived data, rewritten whole. */
final class EpisodeTable {
    private EpisodeTable() {
    }

    static void replace(JdbcClient jdbc, long childId, List<PeriodOfCare> periods) {
        jdbc.sql("delete from care_episode where child_id = ?").param(childId).update();
        for (PeriodOfCare period : periods) {
            for (Episode e : period.episodes()) {
                jdbc.sql("""
                        insert into care_episode (child_id, decom, period_start, rne, ls, cin, place, place_provider,
                                                  pl_post, dec, rec, reason_place_change, urn)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(childId, e.started(), period.started(), code(e.reasonNew()), code(e.legalStatus()),
                                code(e.categoryOfNeed()), code(e.placement().type()), code(e.placement().provider()),
                                e.placement().postcode(), e.ceased(), code(e.reasonCeased()), code(e.placementChangeReason()),
                                e.placement().urn())
                        .update();
            }
        }
    }
}
