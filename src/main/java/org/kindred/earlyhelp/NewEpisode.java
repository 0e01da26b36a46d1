package org.kindred.earlyhelp;

/**
 * An early help episode as typed: the child it starts from (the household's members come from the register), the
 * lead professional and their agency ({@link AgencyType} by name), the start (ISO date, not in the future; today when
 * blank) and what is known.
 */
public record NewEpisode(Long childId, String leadProfessional, String leadAgency, String startedOn, String information) {
}
