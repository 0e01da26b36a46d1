package org.kindred.fostering.internal;

import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.PlacementNeeds;

/**
 * What a household must satisfy to be offered at all: its terms of approval (type, age range, for a connected
 * person the named child, a temporary approval still in force), its capacity for the whole sibling group, and the
 * child's risk needs (only child, no younger children, no pets), which are about safety and so never traded for
 * points. Returns the first constraint broken, in words, or null when none is.
 */
final class HardConstraints {
    private HardConstraints() {
    }

    static String broken(PlacementNeeds n, Candidate c) {
        if (c.type() == ApprovalType.CONNECTED_PERSON
                && (c.connectedChildId() == null || c.connectedChildId() != n.childId())) {
            return "Approved as connected person for another child";
        }
        if (c.type() == ApprovalType.SHORT_BREAKS) return "Approved for short breaks only";
        if (c.type() == ApprovalType.PARENT_AND_CHILD) return "Approved for parent and child placements only";
        if (c.type() == ApprovalType.EMERGENCY && !n.emergency()) return "Approved for emergency placements only";
        if (c.approvalEnds() != null && n.neededBy() != null && n.neededBy().isAfter(c.approvalEnds())) {
            return "Temporary approval ends on " + c.approvalEnds();
        }
        if (n.childAge() < c.ageMin() || n.childAge() > c.ageMax()) {
            return "Approved for ages " + c.ageMin() + " to " + c.ageMax() + "; the child is " + n.childAge();
        }
        if (c.vacancies() < n.groupSize()) {
            return n.siblings() > 0
                    ? "Room for " + c.vacancies() + "; the sibling group is " + n.groupSize()
                    : "No vacancy";
        }
        if (n.onlyChild() && c.childrenAtHome()) return "Other children live there; the child must be the only child";
        Integer youngest = c.youngestChild();
        if (n.noYoungerChildren() && youngest != null && youngest < n.childAge()) {
            return "A younger child (" + youngest + ") lives there";
        }
        if (n.noPets() && c.pets()) return "The household has pets";
        return null;
    }
}
