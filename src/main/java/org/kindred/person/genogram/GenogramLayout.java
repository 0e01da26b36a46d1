package org.kindred.person.genogram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays a family out as a genogram, by the algorithm in ADR 0019 (after Sugiyama's layered drawing):
 * <ol>
 * <li>generations: breadth-first from the child, a parent one row up, a grandparent two, partners and siblings on
 *     the same row (the first placement wins where recorded ties disagree);</li>
 * <li>units: partners on a row kept side by side (male on the left, as genograms are drawn);</li>
 * <li>ordering: units in the order they were reached, then sweeps down (by the mean position of their parents) and
 *     up (by the mean position of their children) to bring families together and uncross lines;</li>
 * <li>positions: units packed left to right at a fixed spacing, each row centred, so no two symbols overlap.</li>
 * </ol>
 * People with no drawn tie to the child are left out of the drawing (the table still lists them).
 */
public final class GenogramLayout {
    public static final int SIZE = 40;
    public static final int SLOT = 130;
    static final int UNIT_GAP = 30;
    public static final int ROW = 140;
    static final int MARGIN = 70;
    static final int SWEEPS = 4;

    private GenogramLayout() {
    }

    /** Each drawn person's place: row (0 at the top) and x centre. */
    public record Place(int row, int x, int generation) {
    }

    /** The places of everyone drawn; people left out have none. */
    public static Map<Long, Place> places(FamilyGraph g) {
        Set<Long> ids = g.members().stream().map(FamilyGraph.Member::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return places(g, new FamilyTies(g, ids));
    }

    static Map<Long, Place> places(FamilyGraph g, FamilyTies ties) {
        Map<Long, Integer> generation = generations(g.indexId(), ties);
        int top = generation.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int rows = generation.values().stream().mapToInt(Integer::intValue).max().orElse(0) - top + 1;
        Map<Long, String> sex = g.members().stream().collect(Collectors.toMap(FamilyGraph.Member::id,
                FamilyGraph.Member::sex, (a, b) -> a));
        List<List<List<Long>>> units = new ArrayList<>();
        for (int r = 0; r < rows; r++) units.add(new ArrayList<>());
        Set<Long> placed = new LinkedHashSet<>();
        for (long id : generation.keySet()) {
            if (placed.contains(id)) continue;
            int gen = generation.get(id);
            List<Long> unit = unit(id, gen, generation, ties, sex);
            placed.addAll(unit);
            units.get(gen - top).add(unit);
        }
        Map<Long, Integer> x = new HashMap<>();
        units.forEach(row -> pack(row, x));
        for (int s = 0; s < SWEEPS; s++) {
            for (int r = 1; r < rows; r++) reorder(units.get(r), x, id -> above(id, ties));
            for (int r = rows - 2; r >= 0; r--) reorder(units.get(r), x, id -> below(id, ties));
        }
        int widest = units.stream().mapToInt(GenogramLayout::width).max().orElse(0);
        Map<Long, Place> places = new LinkedHashMap<>();
        for (int r = 0; r < rows; r++) {
            int shift = MARGIN + SIZE / 2 + (widest - width(units.get(r))) / 2;
            for (List<Long> unit : units.get(r)) {
                for (long id : unit) places.put(id, new Place(r, x.get(id) + shift, generation.get(id) - generation.get(g.indexId())));
            }
        }
        return places;
    }

    /** Breadth-first from the child: each person's generation relative to the child, in the order reached. */
    static Map<Long, Integer> generations(long index, FamilyTies ties) {
        Map<Long, Integer> gen = new LinkedHashMap<>();
        Deque<Long> queue = new ArrayDeque<>();
        gen.put(index, 0);
        queue.add(index);
        while (!queue.isEmpty()) {
            long id = queue.poll();
            ties.neighbours(id).forEach((other, delta) -> {
                if (!gen.containsKey(other)) {
                    gen.put(other, gen.get(id) + delta);
                    queue.add(other);
                }
            });
        }
        return gen;
    }

    /** The partners on the same row as {@code id}, reached through partnerships, males first. */
    private static List<Long> unit(long id, int gen, Map<Long, Integer> generation, FamilyTies ties, Map<Long, String> sex) {
        List<Long> unit = new ArrayList<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            long p = queue.poll();
            if (unit.contains(p)) continue;
            unit.add(p);
            FamilyTies.of(ties.partners, p).stream().filter(o -> generation.get(o) != null && generation.get(o) == gen)
                    .forEach(queue::add);
        }
        if (unit.size() == 2) {
            unit.sort(Comparator.comparing((Long p) -> !"MALE".equals(sex.get(p))));
        } else if (unit.size() > 2) {
            // The person with most partners in the middle, so each partnership line joins neighbours.
            long hub = unit.stream().max(Comparator.comparingInt(p -> FamilyTies.of(ties.partners, p).size())).orElseThrow();
            unit.remove(hub);
            unit.add(unit.size() / 2, hub);
        }
        return unit;
    }

    private static List<Long> above(long id, FamilyTies ties) {
        List<Long> up = new ArrayList<>(FamilyTies.of(ties.parents, id));
        up.addAll(FamilyTies.of(ties.stepParents, id));
        return up;
    }

    private static List<Long> below(long id, FamilyTies ties) {
        return new ArrayList<>(FamilyTies.of(ties.children, id));
    }

    private static void reorder(List<List<Long>> row, Map<Long, Integer> x,
                                java.util.function.Function<Long, List<Long>> linked) {
        Map<List<Long>, Double> key = new HashMap<>();
        for (List<Long> unit : row) {
            OptionalDouble mean = unit.stream().flatMap(id -> linked.apply(id).stream()).filter(x::containsKey)
                    .mapToInt(x::get).average();
            key.put(unit, mean.orElseGet(() -> unit.stream().mapToInt(x::get).average().orElse(0)));
        }
        row.sort(Comparator.comparingDouble(key::get));
        pack(row, x);
    }

    private static void pack(List<List<Long>> row, Map<Long, Integer> x) {
        int cursor = 0;
        for (List<Long> unit : row) {
            for (long id : unit) {
                x.put(id, cursor);
                cursor += SLOT;
            }
            cursor += UNIT_GAP;
        }
    }

    private static int width(List<List<Long>> row) {
        int n = row.stream().mapToInt(List::size).sum();
        return n == 0 ? 0 : (n - 1) * SLOT + (row.size() - 1) * UNIT_GAP;
    }
}
