package org.kindred.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The typed facts the children's social work workforce census needs for a year: who was in post on 30 September,
 * who started and left in the year, and the authority's vacancies and agency cover. {@code returns} codes and writes
 * them (it owns every DfE code, ADR 0016); nothing here is a DfE code.
 */
public interface CensusFacts {
    Census census(CensusYear year);

    /** @param vacancyFte funded posts not filled by the authority's own social workers on 30 September */
    record Census(CensusYear year, BigDecimal vacancyFte, BigDecimal agencyFte, int agencyHeadcount,
                  List<Worker> workers) {
    }

    /**
     * One worker in the census: in post on 30 September or left in the year.
     *
     * @param fteAtReference FTE on 30 September, null when not in post then
     * @param casesAtReference children held on 30 September, null for a worker who holds no cases or was not in post
     * @param sickDaysLost working days lost to sickness in the year, null for agency workers (not collected)
     */
    record Worker(long staffId, String name, boolean agency, String sweNumber, BigDecimal fte,
                  String qualificationInstitution, StaffRole role, LocalDate startDate, LocalDate leavingDate,
                  LeavingReason leavingReason, BigDecimal fteAtReference, Integer casesAtReference,
                  BigDecimal sickDaysLost) {
    }
}
