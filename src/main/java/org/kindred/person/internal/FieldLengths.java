package org.kindred.person.internal;

import org.kindred.shared.Problems;

/**
 * The longest text each register field takes, as its columns' checks (person V4) say: long enough for any real name
 * or address line, short enough for the name index (a btree row holds at most 2,704 bytes).
 */
final class FieldLengths {
    static final int NAME = 100;
    static final int ADDRESS_LINE = 200;

    private FieldLengths() {
    }

    static void check(Problems p, String field, String value, int max) {
        if (value != null && value.trim().length() > max && !p.has(field)) {
            p.add(field, "Must be " + max + " characters or fewer");
        }
    }
}
