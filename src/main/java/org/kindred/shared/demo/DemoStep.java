package org.kindred.shared.demo;

/**
 * A feature module's part of the county-scale demo data, run by `kindred demo-data` and `serve --demo` after the
 * users and the synthetic register exist, in ascending {@link #order()}. A step does nothing when its data is
 * already there, so a restart never doubles it. Only synthetic people, never real ones.
 */
public interface DemoStep {

    /** 100 workforce, 200 front door, 300 protection, 400 care, 900 allocation of what is still unallocated. */
    int order();

    /** Generates this module's data for the year up to {@code context.today()}; returns a one-line summary. */
    String generate(DemoContext context);

    /** @param today the last day of the generated year; @param seed for reproducible randomness */
    record DemoContext(java.time.LocalDate today, long seed) {
    }
}
