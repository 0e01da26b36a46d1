package org.kindred.person.genogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recorded relationships read as a genogram draws them: parents (mother, father, or a parent recorded as having
 * this child), step-parents, grandparents, siblings and partners. Two people who are both parents of one child are
 * partners too. Carers and "other" are listed in the table but not drawn as family lines.
 */
final class FamilyTies {
    final Map<Long, Set<Long>> parents = new HashMap<>();
    final Map<Long, Set<Long>> children = new HashMap<>();
    final Map<Long, Set<Long>> stepParents = new HashMap<>();
    final Map<Long, Set<Long>> grandparents = new HashMap<>();
    final Map<Long, Set<Long>> siblings = new HashMap<>();
    final Map<Long, Set<Long>> partners = new LinkedHashMap<>();

    FamilyTies(FamilyGraph g, Set<Long> members) {
        for (FamilyGraph.Tie t : g.ties()) {
            if (!members.contains(t.person()) || !members.contains(t.related()) || t.person() == t.related()) continue;
            switch (t.kind()) {
                case "MOTHER", "FATHER" -> parent(t.related(), t.person());
                case "CHILD" -> parent(t.person(), t.related());
                case "STEP_PARENT" -> add(stepParents, t.person(), t.related());
                case "GRANDPARENT" -> add(grandparents, t.person(), t.related());
                case "SIBLING", "HALF_SIBLING" -> both(siblings, t.person(), t.related());
                case "PARTNER" -> both(partners, t.person(), t.related());
                default -> { }
            }
        }
        for (Set<Long> ps : parents.values()) {
            List<Long> list = new ArrayList<>(ps);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) both(partners, list.get(i), list.get(j));
            }
        }
    }

    private void parent(long parent, long child) {
        add(parents, child, parent);
        add(children, parent, child);
    }

    private static void both(Map<Long, Set<Long>> m, long a, long b) {
        add(m, a, b);
        add(m, b, a);
    }

    private static void add(Map<Long, Set<Long>> m, long key, long value) {
        m.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }

    static Set<Long> of(Map<Long, Set<Long>> m, long id) {
        return m.getOrDefault(id, Set.of());
    }

    /** Each neighbour with the generations it lies below this person (a parent is -1, a child +1). */
    Map<Long, Integer> neighbours(long id) {
        Map<Long, Integer> n = new LinkedHashMap<>();
        of(parents, id).forEach(p -> n.putIfAbsent(p, -1));
        of(stepParents, id).forEach(p -> n.putIfAbsent(p, -1));
        of(grandparents, id).forEach(p -> n.putIfAbsent(p, -2));
        of(partners, id).forEach(p -> n.putIfAbsent(p, 0));
        of(siblings, id).forEach(p -> n.putIfAbsent(p, 0));
        of(children, id).forEach(c -> n.putIfAbsent(c, 1));
        stepParents.forEach((child, ps) -> { if (ps.contains(id)) n.putIfAbsent(child, 1); });
        grandparents.forEach((child, gs) -> { if (gs.contains(id)) n.putIfAbsent(child, 2); });
        return n;
    }
}
