package org.kindred.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kindred.access.Role;
import org.kindred.access.Teams;
import org.kindred.allocation.ChangeReason;
import org.kindred.allocation.StaffEndings;

/**
 * Makes the demo's year of changes of social worker agree with the workforce's history. The number and dates of
 * each child's changes stay as {@link DemoHistory} drew them (so the stability figures do not move); what changes is
 * who held the child before a change and why: for each leaver, ended agency engagement and ended ASYE year, some of
 * the changes near that day become theirs (the worker held the child until then; the reason is LEFTRL, FCONTA or
 * MANAGE). Most are reallocated in the three weeks before the day, some up to a week after (late handovers). The
 * changes left are the service's ordinary moves (transfers, balancing, absence, requests), never "left the role".
 */
final class DemoCauses {
    private static final ChangeReason[] ORDINARY = {ChangeReason.MANAGE, ChangeReason.ORGRST, ChangeReason.TSPROC,
        ChangeReason.ABSENC, ChangeReason.CHCHAN, ChangeReason.PCCHAN, ChangeReason.OTHERS};
    private static final int[] ORDINARY_WEIGHTS = {20, 6, 22, 6, 2, 3, 4};
    private static final int BEFORE_DAYS = 21;
    private static final int AFTER_DAYS = 7;

    private record Change(List<DemoHistory.Row> rows, int index) {
        LocalDate on() { return rows.get(index).start(); }
    }

    private DemoCauses() {
    }

    /** Rewrites the histories in place; returns how many changes were given to an ending. */
    static int apply(List<List<DemoHistory.Row>> histories, List<StaffEndings.Ending> endings, Random random) {
        List<Change> changes = new ArrayList<>();
        for (List<DemoHistory.Row> rows : histories) {
            for (int i = 1; i < rows.size(); i++) changes.add(new Change(rows, i));
        }
        changes.sort((a, b) -> a.on().compareTo(b.on()));
        boolean[] taken = new boolean[changes.size()];
        int given = 0;
        for (StaffEndings.Ending e : endings) {
            Teams.Member worker = new Teams.Member(e.userId(), e.username(), e.name(), Set.of(Role.SOCIAL_WORKER), 0,
                    e.team());
            List<Integer> near = new ArrayList<>();
            int from = lowerBound(changes, e.on().minusDays(BEFORE_DAYS));
            for (int c = from; c < changes.size() && !changes.get(c).on().isAfter(e.on().plusDays(AFTER_DAYS)); c++) {
                if (!taken[c] && fits(changes.get(c), e)) near.add(c);
            }
            Collections.shuffle(near, random);
            // Late handovers are the exception: most of the worker's children move before the day.
            List<Integer> early = new ArrayList<>();
            List<Integer> late = new ArrayList<>();
            for (int c : near) {
                (changes.get(c).on().isAfter(e.on()) && random.nextInt(6) > 0 ? late : early).add(c);
            }
            near = new ArrayList<>(early);
            near.addAll(late);
            for (int k = 0; k < Math.min(e.children(), near.size()); k++) {
                Change c = changes.get(near.get(k));
                taken[near.get(k)] = true;
                List<DemoHistory.Row> rows = c.rows();
                DemoHistory.Row before = rows.get(c.index() - 1);
                rows.set(c.index() - 1, new DemoHistory.Row(before.childId(), worker, before.start(), before.end(),
                        before.reason()));
                DemoHistory.Row after = rows.get(c.index());
                rows.set(c.index(), new DemoHistory.Row(after.childId(), after.worker(), after.start(), after.end(),
                        e.reason()));
                given++;
            }
        }
        for (int c = 0; c < changes.size(); c++) {
            if (!taken[c]) {
                Change ch = changes.get(c);
                DemoHistory.Row row = ch.rows().get(ch.index());
                ch.rows().set(ch.index(), new DemoHistory.Row(row.childId(), row.worker(), row.start(), row.end(),
                        ORDINARY[DemoHistory.pick(random, ORDINARY_WEIGHTS)]));
            }
        }
        return given;
    }

    /** The worker had started when the child came to them, and neither neighbour is the same worker. */
    private static boolean fits(Change c, StaffEndings.Ending e) {
        List<DemoHistory.Row> rows = c.rows();
        DemoHistory.Row before = rows.get(c.index() - 1);
        if (before.start().isBefore(e.start()) || rows.get(c.index()).worker().userId() == e.userId()) return false;
        if (before.worker().userId() == e.userId()) return false;
        return c.index() < 2 || rows.get(c.index() - 2).worker().userId() != e.userId();
    }

    private static int lowerBound(List<Change> changes, LocalDate day) {
        int lo = 0, hi = changes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changes.get(mid).on().isBefore(day)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
