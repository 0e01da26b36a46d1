package org.kindred.workforce.internal;

/**
 * Agency worker rate: FTE agency social workers in post on the day, divided by agency plus the authority's own FTE
 * in post. Source: DfE, Children's social work workforce methodology, agency_rate_fte = agency_fte / (agency_fte +
 * inpost_fte); England 2023: 7,173.5 / (7,173.5 + 33,119.1) = 17.8%.
 */
final class AgencyRate {
    private AgencyRate() {
    }

    static Double of(double agencyFte, double ownFte) {
        return Percent.of(agencyFte, agencyFte + ownFte);
    }
}
