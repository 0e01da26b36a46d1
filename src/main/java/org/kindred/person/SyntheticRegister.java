package org.kindred.person;

/** Generates a synthetic register of families and households for demos and benchmarks. Never real people. */
public interface SyntheticRegister {
    /** Generates about {@code people} people when the register is empty; returns how many were created. */
    int generateIfEmpty(int people, long seed);
}
