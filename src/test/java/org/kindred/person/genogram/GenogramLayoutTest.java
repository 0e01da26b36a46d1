package org.kindred.person.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kindred.person.genogram.FamilyGraph.Member;
import org.kindred.person.genogram.FamilyGraph.Tie;
import org.kindred.person.genogram.GenogramLayout.Place;

class GenogramLayoutTest {

    private static Member m(long id, String sex) {
        return new Member(id, "Person " + id, sex, LocalDate.of(1950 + (int) id, 1, 1), null);
    }

    /** Child 1; mother 2, father 3; sister 4 (same parents); maternal grandmother 5 (deceased) and grandfather 6;
     *  mother's new partner 7; half-brother 8 (mother and 7); paternal grandmother 9 recorded only as grandparent. */
    private static FamilyGraph family() {
        List<Member> members = new ArrayList<>(List.of(m(1, "FEMALE"), m(2, "FEMALE"), m(3, "MALE"), m(4, "FEMALE"),
                new Member(5, "Person 5", "FEMALE", LocalDate.of(1940, 1, 1), LocalDate.of(2020, 5, 1)), m(6, "MALE"),
                m(7, "MALE"), m(8, "MALE"), m(9, "FEMALE"), m(10, "UNKNOWN")));
        List<Tie> ties = List.of(new Tie(1, 2, "MOTHER"), new Tie(1, 3, "FATHER"), new Tie(4, 2, "MOTHER"),
                new Tie(4, 3, "FATHER"), new Tie(2, 5, "MOTHER"), new Tie(2, 6, "FATHER"), new Tie(7, 2, "PARTNER"),
                new Tie(8, 2, "MOTHER"), new Tie(8, 7, "FATHER"), new Tie(1, 9, "GRANDPARENT"), new Tie(1, 10, "CARER"));
        return new FamilyGraph(1, members, ties);
    }

    @Test
    void generationsAreLayeredParentsAboveChildrenPartnersAndSiblingsOnOneRow() {
        Map<Long, Place> p = GenogramLayout.places(family());
        assertThat(p.get(1L).generation()).isZero();
        assertThat(p.get(2L).generation()).isEqualTo(-1);
        assertThat(p.get(3L).generation()).isEqualTo(-1);
        assertThat(p.get(7L).generation()).isEqualTo(-1);
        assertThat(p.get(5L).generation()).isEqualTo(-2);
        assertThat(p.get(9L).generation()).isEqualTo(-2);
        assertThat(p.get(4L).row()).isEqualTo(p.get(1L).row());
        assertThat(p.get(8L).row()).isEqualTo(p.get(1L).row());
        assertThat(p.get(5L).row()).isEqualTo(0);
        assertThat(p).doesNotContainKey(10L); // a carer is listed, not drawn
    }

    @Test
    void partnersStandSideBySideMaleOnTheLeft() {
        Map<Long, Place> p = GenogramLayout.places(family());
        assertThat(p.get(6L).x()).isLessThan(p.get(5L).x());
        assertThat(Math.abs(p.get(6L).x() - p.get(5L).x())).isEqualTo(GenogramLayout.SLOT);
        // The mother has two partners: she stands between them.
        int mother = p.get(2L).x();
        assertThat(List.of(p.get(3L).x(), p.get(7L).x())).anyMatch(x -> x < mother).anyMatch(x -> x > mother);
    }

    @Test
    void noTwoSymbolsOverlapInFamiliesOfEveryShape() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            FamilyGraph g = randomFamily(random, 2 + random.nextInt(25));
            Map<Long, Place> p = GenogramLayout.places(g);
            List<Place> all = new ArrayList<>(p.values());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(i).row() == all.get(j).row()) {
                        assertThat(Math.abs(all.get(i).x() - all.get(j).x())).as("round %d", round)
                                .isGreaterThanOrEqualTo(GenogramLayout.SIZE + 60);
                    }
                }
            }
            assertThat(p).containsKey(g.indexId());
        }
    }

    @Test
    void aParentIsDrawnAboveTheChildWhenTheTiesAgree() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            FamilyGraph g = randomTree(random, 3 + random.nextInt(20));
            Map<Long, Place> p = GenogramLayout.places(g);
            for (Tie t : g.ties()) {
                assertThat(p.get(t.related()).row()).as("parent %d of %d", t.related(), t.person())
                        .isEqualTo(p.get(t.person()).row() - 1);
            }
        }
    }

    @Test
    void theDrawingUsesTheNotation() {
        Genogram g = GenogramDrawing.draw(family());
        Map<Long, Genogram.Symbol> s = g.symbols().stream().collect(Collectors.toMap(Genogram.Symbol::id, x -> x));
        assertThat(s.get(3L).shape()).isEqualTo("square");
        assertThat(s.get(2L).shape()).isEqualTo("circle");
        assertThat(s.get(5L).deceased()).isTrue();
        assertThat(s.get(1L).index()).isTrue();
        assertThat(s.get(4L).index()).isFalse();
        assertThat(g.lines()).filteredOn(l -> l.kind().equals("partnership")).hasSize(3); // 3-2, 7-2, 6-5
        assertThat(g.lines()).filteredOn(l -> l.kind().equals("grandparent")).hasSize(1); // 9 to 1, no parent between
        assertThat(g.rows()).hasSize(10).anySatisfy(r -> assertThat(r.relationship()).isEqualTo("Carer"))
                .anySatisfy(r -> assertThat(r.years()).isEqualTo("1940\u20132020 (died)"));
        for (Genogram.Symbol a : g.symbols()) {
            assertThat(a.x()).isBetween(GenogramLayout.SIZE / 2, g.width() - GenogramLayout.SIZE / 2);
            assertThat(a.y()).isBetween(GenogramLayout.SIZE / 2, g.height() - GenogramLayout.SIZE / 2);
        }
    }

    /** Any ties at all, contradictory ones included. */
    private static FamilyGraph randomFamily(Random r, int n) {
        String[] kinds = {"MOTHER", "FATHER", "CHILD", "SIBLING", "PARTNER", "GRANDPARENT", "STEP_PARENT", "OTHER"};
        List<Member> members = new ArrayList<>();
        for (long i = 1; i <= n; i++) members.add(m(i, r.nextBoolean() ? "MALE" : "FEMALE"));
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < n * 2; i++) {
            ties.add(new Tie(1 + r.nextInt(n), 1 + r.nextInt(n), kinds[r.nextInt(kinds.length)]));
        }
        return new FamilyGraph(1, members, ties);
    }

    /** A consistent descent tree: each person after the first has one or two parents among those before. */
    private static FamilyGraph randomTree(Random r, int n) {
        List<Member> members = new ArrayList<>();
        List<Tie> ties = new ArrayList<>();
        for (long i = 1; i <= n; i++) members.add(m(i, i % 2 == 0 ? "MALE" : "FEMALE"));
        for (long child = 2; child <= n; child++) {
            ties.add(new Tie(child, 1 + r.nextInt((int) child - 1), "MOTHER"));
        }
        return new FamilyGraph(n, members, ties);
    }
}
