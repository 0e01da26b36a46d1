package org.kindred.workforce.internal;

/** A share as the DfE publishes it: per cent to one decimal place; no figure when the base is empty. */
final class Percent {
    private Percent() {
    }

    static Double of(double part, double base) {
        if (base <= 0) {
            return null;
        }
        return Math.round(1000.0 * part / base) / 10.0;
    }

    static double round1(double v) { return Math.round(v * 10.0) / 10.0; }
}
