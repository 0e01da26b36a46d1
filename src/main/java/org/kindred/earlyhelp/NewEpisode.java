package org.kindred.earlyhelp;

import java.time.LocalDate;

/**
 * An early help episode as typed: the child it starts from (the household's members come from the register), the
 * lead professional and their agency ({@link AgencyType} by name), the start (not in the future; today when
 * null) and what is known.
 */
public record NewEpisode(Long childId, String leadProfessional, String leadAgency, LocalDate startedOn, String information) {
}
