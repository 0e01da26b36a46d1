package org.kindred.protection.web;

import org.kindred.shared.InvalidInput;

/** The childId a list needs. */
final class ChildIds {
    private ChildIds() {
    }

    static long required(Long childId) {
        if (childId == null) throw InvalidInput.of("childId", "Enter the child's Kindred id");
        return childId;
    }
}
