package org.kindred.person.matching;

/** The broad outcome of comparing one field of two records. */
public enum Agreement {
    AGREE, PARTIAL, DISAGREE, MISSING
}
