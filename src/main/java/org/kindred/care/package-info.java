/**
 * Children in care (looked after): periods of care and their SSDA903 episodes derived from what the worker
 * records (came into care, placement and legal status changes, left care), missing episodes with the return home
 * interview clock, and the statutory schedules (reviews, visits, health, PEP, pathway plans) as small named rules.
 * Talks to the person register only through {@link org.kindred.person.People}; placement distances come from
 * {@link org.kindred.geography.Postcodes}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "insight", "shared :: cluster", "shared :: chronology", "shared :: demo", "shared :: work", "access", "person", "chronology", "allocation", "shared :: childpage", "shared :: time", "shared :: register", "geography"})
package org.kindred.care;
