package org.kindred.workforce.internal;

/**
 * Average caseload: cases held by case-holding social workers on the day divided by their FTE. Source: DfE,
 * Children's social work workforce methodology, caseload_fte = cases / case_holders_fte; England 2023: 337,055 /
 * 21,111.4 = 16.0. Kindred's cases are the children allocated to each worker on the day.
 */
final class CaseloadPerFte {
    private CaseloadPerFte() {
    }

    static Double of(long cases, double caseHolderFte) {
        if (caseHolderFte <= 0) {
            return null;
        }
        return Percent.round1(cases / caseHolderFte);
    }
}
