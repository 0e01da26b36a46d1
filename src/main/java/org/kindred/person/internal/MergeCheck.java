package org.kindred.person.internal;

import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whether two records may be merged: a reason, two different records the user can see, neither merged already. */
final class MergeCheck {
    private MergeCheck() {
    }

    static void check(JdbcClient jdbc, VisiblePeople visible, long survivorId, long mergedId, String reason) {
        Problems p = new Problems();
        if (survivorId == mergedId) {
            p.add("otherId", "Choose a different record to merge with");
        }
        for (long id : new long[] {survivorId, mergedId}) {
            if (!visible.canSee(id)) {
                p.add("otherId", "There is no person with record number " + id);
            } else if (merged(jdbc, id)) {
                p.add("otherId", "Record " + id + " has already been merged into another record");
            }
        }
        p.require("reason", reason, "Enter the reason these are the same person");
        p.throwIfAny();
    }

    private static boolean merged(JdbcClient jdbc, long id) {
        return jdbc.sql("select count(*) from person_merge where merged_id = ? and unmerged_at is null")
                .param(id).query(Long.class).single() > 0;
    }
}
