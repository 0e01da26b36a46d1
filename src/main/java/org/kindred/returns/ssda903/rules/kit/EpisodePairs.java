package org.kindred.returns.ssda903.rules.kit;

import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The loop of the rules on an episode and the one before it (431, 432, 434, 436, 501, 504). */
public final class EpisodePairs {
    /** A rule's test of an episode and the child's episode before it. */
    public interface Test {
        boolean fails(Table episodes, int current, int previous);
    }

    private EpisodePairs() {
    }

    /**
     * The episodes, in CHILD and DECOM order, that follow an episode of the same child (compared as the reference
     * tool does: a missing CHILD matches nothing) and fail {@code test}.
     */
    public static RuleResult flag(ReturnData data, Test test) {
        Table episodes = data.table("Episodes").orElseThrow();
        List<Integer> order = Part3Support.sortedByChildThenDates(episodes, "DECOM");
        RuleResult result = new RuleResult();
        for (int i = 1; i < order.size(); i++) {
            int current = order.get(i);
            int previous = order.get(i - 1);
            if (Part3Support.same(episodes.get(current, "CHILD"), episodes.get(previous, "CHILD"))
                    && test.fails(episodes, current, previous)) {
                result.flagRow("Episodes", current);
            }
        }
        return result;
    }
}
