package org.kindred.person.genogram;

import static org.kindred.person.genogram.GenogramLayout.ROW;
import static org.kindred.person.genogram.GenogramLayout.SIZE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kindred.person.RelationshipKind;

/**
 * Draws a laid-out family in the standard notation: squares for males, circles for females, a diamond when sex is
 * not known; a cross through a person who has died; a double outline for the child; a line between partners; from
 * the partnership (or a lone parent) a line down to a bar over their children; dashed lines to step-children and
 * dotted lines to grandchildren whose parent is not recorded.
 */
public final class GenogramDrawing {
    static final int TOP = 20;
    static final int BAR = 24;

    private GenogramDrawing() {
    }

    public static Genogram draw(FamilyGraph g) {
        Set<Long> ids = g.members().stream().map(FamilyGraph.Member::id).collect(Collectors.toCollection(LinkedHashSet::new));
        FamilyTies ties = new FamilyTies(g, ids);
        Map<Long, GenogramLayout.Place> places = GenogramLayout.places(g, ties);
        Map<Long, int[]> at = new LinkedHashMap<>();
        places.forEach((id, p) -> at.put(id, new int[] {p.x(), TOP + SIZE / 2 + p.row() * ROW}));
        List<Genogram.Symbol> symbols = new ArrayList<>();
        for (FamilyGraph.Member m : g.members()) {
            GenogramLayout.Place p = places.get(m.id());
            if (p == null) continue;
            symbols.add(new Genogram.Symbol(m.id(), at.get(m.id())[0], at.get(m.id())[1], p.generation(), shape(m.sex()),
                    m.deceased(), m.id() == g.indexId(), m.name(), years(m)));
        }
        List<Genogram.Line> lines = new ArrayList<>();
        partnerships(ties, at, lines);
        descent(ties, at, lines);
        others(ties, at, lines);
        int width = at.values().stream().mapToInt(a -> a[0]).max().orElse(0) + SIZE / 2 + GenogramLayout.MARGIN;
        int height = at.values().stream().mapToInt(a -> a[1]).max().orElse(0) + SIZE / 2 + 50;
        return new Genogram(width, height, symbols, lines, rows(g, places));
    }

    static String shape(String sex) {
        return "MALE".equals(sex) ? "square" : "FEMALE".equals(sex) ? "circle" : "diamond";
    }

    private static String years(FamilyGraph.Member m) {
        if (m.born() == null && m.died() == null) return "";
        if (m.died() == null) return "b. " + m.born().getYear();
        return (m.born() == null ? "?" : Integer.toString(m.born().getYear())) + "\u2013" + m.died().getYear();
    }

    private static void partnerships(FamilyTies ties, Map<Long, int[]> at, List<Genogram.Line> lines) {
        Set<String> done = new LinkedHashSet<>();
        ties.partners.forEach((a, others) -> others.forEach(b -> {
            int[] pa = at.get(a), pb = at.get(b);
            if (pa == null || pb == null || pa[1] != pb[1] || !done.add(Math.min(a, b) + "-" + Math.max(a, b))) return;
            lines.add(new Genogram.Line(Math.min(pa[0], pb[0]) + SIZE / 2, pa[1], Math.max(pa[0], pb[0]) - SIZE / 2,
                    pa[1], "partnership"));
        }));
    }

    /** Children grouped by their drawn parents: one drop from the parents, one bar, one line down to each child. */
    private static void descent(FamilyTies ties, Map<Long, int[]> at, List<Genogram.Line> lines) {
        Map<Set<Long>, List<Long>> families = new LinkedHashMap<>();
        ties.parents.forEach((child, parents) -> {
            Set<Long> drawn = parents.stream().filter(at::containsKey).collect(Collectors.toCollection(TreeSet::new));
            if (at.containsKey(child) && !drawn.isEmpty()) families.computeIfAbsent(drawn, k -> new ArrayList<>()).add(child);
        });
        families.forEach((parents, kids) -> {
            int ox = (int) parents.stream().mapToInt(p -> at.get(p)[0]).average().orElse(0);
            int py = parents.stream().mapToInt(p -> at.get(p)[1]).max().orElse(0);
            int oy = parents.size() == 2 && samePlaceRow(parents, at) ? py : py + SIZE / 2;
            int bar = kids.stream().mapToInt(k -> at.get(k)[1]).min().orElse(0) - SIZE / 2 - BAR;
            int left = Math.min(ox, kids.stream().mapToInt(k -> at.get(k)[0]).min().orElse(ox));
            int right = Math.max(ox, kids.stream().mapToInt(k -> at.get(k)[0]).max().orElse(ox));
            lines.add(new Genogram.Line(ox, oy, ox, bar, "descent"));
            if (left != right) lines.add(new Genogram.Line(left, bar, right, bar, "descent"));
            kids.forEach(k -> lines.add(new Genogram.Line(at.get(k)[0], bar, at.get(k)[0], at.get(k)[1] - SIZE / 2, "descent")));
        });
    }

    private static boolean samePlaceRow(Collection<Long> ids, Map<Long, int[]> at) {
        return ids.stream().map(i -> at.get(i)[1]).distinct().count() == 1;
    }

    /** Step-parents dashed; grandparents dotted where no parent between them is drawn; siblings without parents bracketed. */
    private static void others(FamilyTies ties, Map<Long, int[]> at, List<Genogram.Line> lines) {
        ties.stepParents.forEach((child, ps) -> ps.forEach(p -> straight(at, p, child, "step", lines)));
        ties.grandparents.forEach((child, gs) -> gs.forEach(gp -> {
            boolean through = FamilyTies.of(ties.parents, child).stream()
                    .anyMatch(p -> at.containsKey(p) && FamilyTies.of(ties.parents, p).contains(gp));
            if (!through) straight(at, gp, child, "grandparent", lines);
        }));
        Set<String> done = new LinkedHashSet<>();
        ties.siblings.forEach((a, bs) -> bs.forEach(b -> {
            int[] pa = at.get(a), pb = at.get(b);
            boolean shareParent = FamilyTies.of(ties.parents, a).stream().anyMatch(p -> at.containsKey(p)
                    && FamilyTies.of(ties.parents, b).contains(p));
            if (pa == null || pb == null || shareParent || pa[1] != pb[1] || !done.add(Math.min(a, b) + "-" + Math.max(a, b))) return;
            int bar = pa[1] - SIZE / 2 - BAR;
            lines.add(new Genogram.Line(pa[0], pa[1] - SIZE / 2, pa[0], bar, "sibling"));
            lines.add(new Genogram.Line(pa[0], bar, pb[0], bar, "sibling"));
            lines.add(new Genogram.Line(pb[0], bar, pb[0], pb[1] - SIZE / 2, "sibling"));
        }));
    }

    private static void straight(Map<Long, int[]> at, long from, long to, String kind, List<Genogram.Line> lines) {
        int[] a = at.get(from), b = at.get(to);
        if (a == null || b == null) return;
        lines.add(new Genogram.Line(a[0], a[1] + SIZE / 2, b[0], b[1] - SIZE / 2, kind));
    }

    /** Everyone, drawn or not, with who they are to the child. */
    private static List<Genogram.Row> rows(FamilyGraph g, Map<Long, GenogramLayout.Place> places) {
        List<Genogram.Row> rows = new ArrayList<>();
        for (FamilyGraph.Member m : g.members()) {
            GenogramLayout.Place p = places.get(m.id());
            String sex = m.sex() == null ? "Not known" : switch (m.sex()) {
                case "MALE" -> "Male";
                case "FEMALE" -> "Female";
                default -> "Not known";
            };
            rows.add(new Genogram.Row(m.name(), m.id() == g.indexId() ? "The child" : relationship(g, m.id()), sex,
                    years(m).isEmpty() ? "Not known" : years(m) + (m.deceased() ? " (died)" : ""),
                    p == null ? "Not drawn: no family tie to the child recorded" : generation(p.generation())));
        }
        return rows;
    }

    private static String relationship(FamilyGraph g, long id) {
        for (FamilyGraph.Tie t : g.ties()) {
            if (t.person() == g.indexId() && t.related() == id) return kind(t.kind(), true);
            if (t.related() == g.indexId() && t.person() == id) return kind(t.kind(), false);
        }
        return "Relative";
    }

    private static String kind(String kind, boolean forward) {
        try {
            RelationshipKind k = RelationshipKind.valueOf(kind);
            return forward ? k.label() : k.inverseLabel();
        } catch (IllegalArgumentException e) {
            return "Relative";
        }
    }

    static String generation(int g) {
        return switch (g) {
            case -2 -> "Grandparents";
            case -1 -> "Parents";
            case 0 -> "The child's";
            case 1 -> "Children";
            default -> g < 0 ? (-g) + " generations above the child" : g + " generations below the child";
        };
    }
}
