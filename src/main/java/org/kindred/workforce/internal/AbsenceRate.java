package org.kindred.workforce.internal;

/**
 * Absence rate: working days lost to sickness in the year, divided by the working days available to the FTE in
 * post (FTE x 253 working days). Only where absence is recorded. Source: DfE, Children's social work workforce
 * (absence_rate_fte, working_days_lost_fte); England 2023: 270,751 / (33,119.1 x 253) = 3.2%, which is how the 253
 * days were checked against the published figure.
 */
final class AbsenceRate {
    static final int WORKING_DAYS_IN_YEAR = 253;

    private AbsenceRate() {
    }

    static Double of(double workingDaysLost, double ownFte) {
        return Percent.of(workingDaysLost, ownFte * WORKING_DAYS_IN_YEAR);
    }
}
