package org.kindred.person.internal;

import java.util.Set;

/** How a sibling is shown: as recorded, and which parents they share (derived from recorded mothers and fathers). */
final class SiblingLabel {
    private SiblingLabel() {
    }

    static String of(Set<String> kinds) {
        String recorded = kinds.contains("HALF_SIBLING") ? "Half-sibling" : kinds.contains("SIBLING") ? "Sibling" : null;
        String shared = kinds.contains("MOTHER") && kinds.contains("FATHER") ? "shares mother and father"
                : kinds.contains("MOTHER") ? "shares mother"
                : kinds.contains("FATHER") ? "shares father"
                : kinds.contains("PARENT") ? "shares a parent" : null;
        if (recorded == null) {
            return shared == null ? "Sibling" : Character.toUpperCase(shared.charAt(0)) + shared.substring(1);
        }
        return shared == null ? recorded : recorded + " (" + shared + ")";
    }
}
