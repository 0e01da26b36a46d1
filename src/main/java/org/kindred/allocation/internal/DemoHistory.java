package org.kindred.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.kindred.access.Teams;
import org.kindred.allocation.ChangeReason;

/**
 * A realistic year of allocations for one child: most keep one worker, some have one to four changes (about one in
 * ten reaches a third change), with reasons weighted as authorities report them (leaving and transfers most often).
 */
final class DemoHistory {
    record Row(long childId, Teams.Member worker, LocalDate start, LocalDate end, ChangeReason reason) {
    }

    private static final int[] CHANGES_PER_100 = {55, 22, 12, 8, 3};
    private static final ChangeReason[] REASONS = ChangeReason.values();
    private static final int[] REASON_WEIGHTS = {20, 12, 25, 6, 22, 6, 2, 3, 0, 4};

    private DemoHistory() {
    }

    /** The child's rows, oldest first; the last one (with no end) is held by {@code current}. */
    static List<Row> of(long childId, Teams.Member current, List<Teams.Member> workers, LocalDate today, Random r) {
        int changes = pick(r, CHANGES_PER_100);
        LocalDate first = today.minusDays(changes == 0 ? r.nextInt(300) : 30 + r.nextInt(330));
        TreeSet<LocalDate> starts = new TreeSet<>(List.of(first));
        long span = today.toEpochDay() - first.toEpochDay();
        while (starts.size() < changes + 1 && span > changes) {
            starts.add(first.plusDays(1 + r.nextInt((int) span)));
        }
        List<LocalDate> dates = new ArrayList<>(starts);
        List<Row> rows = new ArrayList<>();
        Teams.Member previous = null;
        for (int i = 0; i < dates.size(); i++) {
            boolean last = i == dates.size() - 1;
            Teams.Member worker = last ? current : other(workers, previous, current, r);
            rows.add(new Row(childId, worker, dates.get(i), last ? null : dates.get(i + 1),
                    i == 0 ? null : REASONS[pick(r, REASON_WEIGHTS)]));
            previous = worker;
        }
        return rows;
    }

    private static Teams.Member other(List<Teams.Member> workers, Teams.Member previous, Teams.Member current,
                                      Random r) {
        Teams.Member w;
        do {
            w = workers.get(r.nextInt(workers.size()));
        } while (workers.size() > 2 && (w == previous || w == current));
        return w;
    }

    static int pick(Random r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
