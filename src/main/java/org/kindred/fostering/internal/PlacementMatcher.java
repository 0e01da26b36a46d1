package org.kindred.fostering.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kindred.fostering.Exclusion;
import org.kindred.fostering.Match;
import org.kindred.fostering.Matches;
import org.kindred.fostering.PlacementNeeds;

/**
 * Ranks households for a placement request: {@link HardConstraints} filter, {@link SoftNeeds} weigh. Households
 * meeting more of the stated needs always rank above those meeting fewer (so a household meeting every need ranks
 * above one that does not); among equals the score (nearness, then the weights) decides, then the household id so
 * the order is stable. A pure function: the same request and households always give the same list.
 */
public final class PlacementMatcher {
    static final int EXCLUSIONS_SHOWN = 20;

    private PlacementMatcher() {
    }

    public static Matches rank(long requestId, PlacementNeeds needs, List<Candidate> households, GridReference school,
                               GridReference family) {
        record Scored(Candidate c, SoftNeeds.Weighed w) {
        }
        List<Scored> kept = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        int excludedCount = 0;
        for (Candidate c : households) {
            String broken = HardConstraints.broken(needs, c);
            if (broken != null) {
                excludedCount++;
                if (excluded.size() < EXCLUSIONS_SHOWN) excluded.add(new Exclusion(c.id(), c.name(), broken));
                continue;
            }
            kept.add(new Scored(c, SoftNeeds.weigh(needs, c, school, family)));
        }
        kept.sort(Comparator.<Scored>comparingLong(s -> s.w().unmet())
                .thenComparing(Comparator.<Scored>comparingInt(s -> s.w().score()).reversed())
                .thenComparingLong(s -> s.c().id()));
        List<Match> ranked = new ArrayList<>(kept.size());
        for (Scored s : kept) {
            int unmet = (int) s.w().unmet();
            ranked.add(new Match(ranked.size() + 1, s.c().id(), s.c().name(), s.c().postcode(), s.c().type(),
                    s.c().vacancies(), s.w().score(), s.w().reasons().size() - unmet, unmet, s.w().reasons()));
        }
        return new Matches(requestId, ranked, excludedCount, excluded);
    }
}
