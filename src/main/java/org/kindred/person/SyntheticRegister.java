package org.kindred.person;

/** Generates a synthetic register of families and households for demos and benchmarks. Never real people. */
public interface SyntheticRegister {
    /** Generates about {@code people} people when the register is empty; returns how many were created. */
    int generateIfEmpty(int people, long seed, java.time.LocalDate today);

    /**
     * Ids of up to {@code count} children (not adults, not the unborn) aged {@code fromAge} to {@code toAge}
     * on {@code today}, chosen reproducibly from {@code seed}; for demo data steps. Ids are skipped when listed in
     * {@code exclude}, so two steps can take different children.
     */
    java.util.List<Long> sampleChildren(int count, long seed, int fromAge, int toAge, java.time.LocalDate today,
                                        java.util.Collection<Long> exclude);
}
